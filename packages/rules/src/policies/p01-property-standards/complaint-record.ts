/**
 * 投訴 2: 記錄完整清晰，跟進及時。
 * A complaint's record is complete and clear, and it is followed up in time. The seed names no entry of the
 * record, so Kefu invents none: the organisation lists the entries it requires (`requiredEntries`, no
 * default) and until it does the rule answers `not-configured`, naming the parameter. 跟進及時 is judged
 * against the one time the seed does give: the next reply time agreed under 投訴 4 (`nextReplyAt`, from
 * P01.complaint-reply's reply). A complaint whose reply agreed a time is followed up by a later reply made
 * by then; a follow-up made late, or none before the complaint was closed, is not in time.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { notConfigured } from '../../kernel/errors.js';
import { at, atOpt, notBefore } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict, isBlank, listNames } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P01.complaint-record';

/** The entries a complaint's record may carry; the organisation picks those it requires. */
export const COMPLAINT_RECORD_ENTRIES = ['customer', 'request', 'number', 'handling', 'outcome'] as const;
type Entry = (typeof COMPLAINT_RECORD_ENTRIES)[number];

const ENTRY_NAMES: Readonly<Record<Entry, Bilingual>> = {
  customer: { en: 'complainant', zh: '投诉人' },
  request: { en: 'what the complaint is about', zh: '投诉内容' },
  number: { en: 'record number', zh: '记录编号' },
  handling: { en: 'how it was handled', zh: '处理经过' },
  outcome: { en: 'outcome', zh: '处理结果' },
};

const entry = (description: string, zh: string) => z.string().optional().meta({ description, zh });

export const complaintRecord = defineRule({
  id: ID,
  policy: 'P01',
  clause: '投訴 2',
  seedLines: [12, 12],
  kind: 'check',
  title: {
    en: "A complaint's record complete (entries set by the organisation) and followed up by the agreed time",
    zh: '投诉记录完整清晰，跟进及时',
  },
  facts: z
    .object({
      closedAt: instant.meta({ description: 'when the complaint was closed', zh: '投诉结案的时间' }),
      customer: entry('the complainant, as recorded', '记录的投诉人'),
      request: entry('what the complaint is about, as recorded', '记录的投诉内容'),
      number: entry("the record's number", '记录编号'),
      handling: entry('how it was handled, as recorded', '记录的处理经过'),
      outcome: entry('the outcome, as recorded', '记录的处理结果'),
      repliedAt: instant.optional().meta({
        description: 'the first reply, which agreed the next reply time (投訴 4)',
        zh: '首次回复（约定下次回复时间，投诉第4条）',
      }),
      nextReplyAt: instant.optional().meta({
        description: 'the next reply time agreed in the first reply: the follow-up is due by then',
        zh: '首次回复中约定的下次回复时间：跟进须在此前完成',
      }),
      followedUpAt: instant.optional().meta({
        description: 'the follow-up: the earliest reply after the first one',
        zh: '跟进：首次回复之后最早的一次回复',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed lists no entry (the README's "Limits the seed leaves open").
      requiredEntries: z
        .array(z.enum(COMPLAINT_RECORD_ENTRIES))
        .min(1)
        .max(COMPLAINT_RECORD_ENTRIES.length)
        .optional()
        .meta({
          description: `the entries a complaint's record must carry, of ${COMPLAINT_RECORD_ENTRIES.join(', ')} (the seed lists none, so none by default)`,
          zh: '投诉记录必须填写的项目（原文未列出，故无默认值）',
        }),
    })
    .strict(),
  startOf: (f) => at(f.closedAt),
  evaluate(f, ctx) {
    const required = ctx.params.requiredEntries;
    if (required === undefined) {
      throw notConfigured(
        ID,
        'requiredEntries',
        `the seed says only 記錄完整清晰 (a complete, clear record) and lists no entry: set requiredEntries, e.g. ["customer", "request", "handling", "outcome"]`,
      );
    }
    const replied = atOpt(f.repliedAt);
    const next = atOpt(f.nextReplyAt);
    const followedUp = atOpt(f.followedUpAt);
    if (replied !== undefined) {
      notBefore(next, replied, 'nextReplyAt', 'repliedAt');
      notBefore(followedUp, replied, 'followedUpAt', 'repliedAt');
    }
    const missing = [...new Set(required)].filter((k) => isBlank(f[k]));
    const conditions: Condition[] = [];
    if (missing.length > 0) {
      const names = listNames(missing, ENTRY_NAMES);
      conditions.push({
        ok: false,
        fault: { en: `the record lacks: ${names.en}`, zh: `记录缺少：${names.zh}` },
      });
    }
    // 跟進及時: the agreed next reply time is the seed's own deadline for the follow-up.
    if (next !== undefined) {
      const agreed = f.nextReplyAt ?? '';
      conditions.push({
        ok: followedUp !== undefined && followedUp <= next,
        fault:
          followedUp === undefined
            ? {
                en: `no follow-up reply by the agreed ${agreed} before it was closed`,
                zh: `结案前未在约定的 ${agreed} 前跟进回复`,
              }
            : {
                en: `followed up ${ctx.words.duration(followedUp - next).en} after the agreed ${agreed}`,
                zh: `跟进晚于约定的 ${agreed} ${ctx.words.duration(followedUp - next).zh}`,
              },
      });
    }
    return faultsVerdict(conditions, {
      met: {
        en: `The record carries the ${required.length} required entries${next === undefined ? '' : ' and it was followed up by the agreed time'}`,
        zh: `记录含全部${required.length}项必填内容${next === undefined ? '' : '，且按约定时间跟进'}`,
      },
      breached: (faults) => ({
        en: `Complaint record or follow-up falls short: ${faults.map((x) => x.en).join('; ')}`,
        zh: `投诉记录或跟进不达标：${faults.map((x) => x.zh).join('；')}`,
      }),
    });
  },
});
