/**
 * 職責 2: 負責及時解答和處理客戶來電、來訪及投訴事件，做好原始記錄。
 * The original records of a day's visits and complaints (來訪及投訴事件的原始記錄) are kept and handed in as the call
 * log is (P10.call-log judges the calls' record); a record the day's hand-in lacks (`recordsLacking`) is breached.
 * 及時 sets no number and Kefu invents none: the organisation sets `within` (the end of the day → the records
 * handed in), and until it does the rule answers `not-configured`, naming the parameter. A breach is one of the
 * service rules, fined under (五)1 (P10.repeat-violation).
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { InstantCodec } from '../../kernel/instant-codec.js';
import { openLimit } from '../../kernel/open-limit.js';
import type { Bilingual } from '../../kernel/result.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';
import { SERVICE_BREACH } from './service-breach.js';

const ID = 'P10.original-records';

/** 及時 sets no number: the organisation's limit, no default. */
const WITHIN = openLimit({
  ruleId: ID,
  param: 'within',
  seedWord: '及時',
  gloss: 'promptly',
  example: 'P1D',
  min: 'PT1H',
  max: 'P30D',
  description:
    'the end of the day → its visit and complaint records handed in (及時; the seed sets no limit, so none by default), PT1H–P30D',
  zh: '当日结束至来访、投诉原始记录提交的时限（及时；原文未规定，故无默认值），PT1H–P30D',
});

type OriginalRecord = 'visit-record' | 'complaint-record';

const RECORD_NAMES: Readonly<Record<OriginalRecord, Bilingual>> = {
  'visit-record': { en: "the visits' original record", zh: '来访的原始记录' },
  'complaint-record': { en: "the complaints' original record", zh: '投诉的原始记录' },
};

function startOfRecordDay(date: string, zone: string, time: InstantCodec, after = 0): number {
  // The schema has validated the date; 0 is an unreachable fallback for the type checker.
  return time.startOfLocalDay((parseDate(date) ?? 0) + after, zone);
}

/** The day's end: the next local day's first instant, so that P1D runs to the end of the next day. */
const endOfRecordDay = (date: string, zone: string, time: InstantCodec) => startOfRecordDay(date, zone, time, 1);

export const originalRecords = defineRule({
  id: ID,
  policy: 'P10',
  clause: '職責 2',
  seedLines: [263, 263],
  kind: 'check',
  title: {
    en: "A day's visit and complaint records kept and handed in promptly (limit set by the organisation)",
    zh: '当日来访、投诉的原始记录及时整理提交',
  },
  facts: z
    .object({
      date: isoDate.meta({ description: 'the day the records cover (local date)', zh: '记录所属的日期（当地日期）' }),
      submittedAt: instant
        .optional()
        .meta({ description: "when the day's records were handed in", zh: '当日记录提交的时间' }),
      recordsLacking: z
        .array(z.enum(['visit-record', 'complaint-record']))
        .max(2)
        .default([])
        .meta({
          description: 'original records not kept or not handed in: visit-record (來訪), complaint-record (投訴)',
          zh: '未做或未提交的原始记录：来访记录、投诉记录',
        }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 及時 has no number (the README's "Limits the seed leaves open").
      within: WITHIN.schema,
    })
    .strict(),
  startOf: (f, zone, time) => startOfRecordDay(f.date, zone, time),
  evaluate(f, ctx) {
    const limit = WITHIN.required(ctx.params.within);
    const dayEnd = endOfRecordDay(f.date, ctx.zone, ctx.time);
    const submitted = atOpt(f.submittedAt);
    notBefore(submitted, startOfRecordDay(f.date, ctx.zone, ctx.time), 'submittedAt', 'the day recorded');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(dayEnd, window, {
      en: `${words.en} after the day ends (the organisation's limit for 及時)`,
      zh: `当日结束后${words.zh}内（本单位对“及时”的规定）`,
    });
    const verdict = timedVerdict({
      deadline,
      doneAt: submitted,
      ctx,
      action: { en: 'hand-in of the visit and complaint records', zh: '提交来访、投诉原始记录' },
    });
    const missing = [...new Set(f.recordsLacking)].map((r) => ({
      en: `${RECORD_NAMES[r].en} kept and handed in`,
      zh: `${RECORD_NAMES[r].zh}做好并提交`,
    }));
    return withItemsOwed(verdict, submitted !== undefined, missing, '職責 2', SERVICE_BREACH);
  },
});
