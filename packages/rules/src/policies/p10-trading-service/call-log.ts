/**
 * (二)電話接聽客服 2、操作程序: 將來電內容，解決方式，客戶資料登記記錄，日記簿次日提交公司責任人辦公室。
 * Read (Ambiguities 6): due by the end of the calendar day after the calls, in the organisation's zone.
 * The entries must carry the call's content, its resolution and the customer's details (#18): a log handed
 * in with entries lacking them (`incompleteEntries`) is breached too.
 * 保密(二)3 (line 345): 來訪、來電記錄，交接記錄，工作日記簿，于每日例會后提交公司責任人辦公室 — the visit record and
 * the handover record go in with the day's log (#18). The log's line says which of them did not (`recordsLacking`);
 * optional, so a log that says nothing about them keeps its verdict.
 */

import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { InstantCodec } from '../../kernel/instant-codec.js';
import type { Bilingual } from '../../kernel/result.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';
import { SERVICE_BREACH } from './service-breach.js';

function startOfCallDay(date: string, zone: string, time: InstantCodec): number {
  // The schema has validated the date; 0 is an unreachable fallback for the type checker.
  return time.startOfLocalDay(parseDate(date) ?? 0, zone);
}

type DailyRecord = 'visit-record' | 'handover-record';

const RECORD_NAMES: Readonly<Record<DailyRecord, Bilingual>> = {
  'visit-record': { en: 'the visit record', zh: '来访记录' },
  'handover-record': { en: 'the handover record', zh: '交接记录' },
};

function entriesOwed(incomplete: readonly string[]): Bilingual[] {
  const n = incomplete.length;
  if (n === 0) return [];
  return [
    {
      en: `call content, resolution and customer details in every entry (${n} lacking: ${incomplete.join(', ')})`,
      zh: `每条记录须有来电内容、解决方式和客户资料（${n}条缺：${incomplete.join('、')}）`,
    },
  ];
}

function recordsOwed(lacking: readonly DailyRecord[]): Bilingual[] {
  // Deduplicated so a line naming a record twice owes it once.
  return [...new Set(lacking)].map((r) => ({
    en: `${RECORD_NAMES[r].en} handed in with the day's log`,
    zh: `${RECORD_NAMES[r].zh}随当日日志提交`,
  }));
}

/** The clause the explanation cites: the entries are (二)'s, the other daily records 保密(二)3's. */
function owedClause(entries: boolean, records: boolean): string {
  if (entries && records) return '(二) / 保密(二)3';
  return records ? '保密(二)3' : '(二)';
}

export const callLog = defineRule({
  id: 'P10.call-log',
  policy: 'P10',
  clause: '(二)',
  seedLines: [294, 295],
  kind: 'check',
  title: { en: 'Hand the call log to the office the next day', zh: '来电记录日记簿次日提交责任人办公室' },
  facts: z
    .object({
      callDate: isoDate.meta({
        description: 'the day of the calls the log records (local date)',
        zh: '日志记录的来电日期（当地日期）',
      }),
      submittedAt: instant
        .optional()
        .meta({ description: "when the log reached the principal's office", zh: '日志送达主管办公室的时间' }),
      incompleteEntries: z.array(z.string().trim().min(1).max(64)).max(500).default([]).meta({
        description:
          'entries lacking the call content, the resolution or the customer details (來電內容，解決方式，客戶資料)',
        zh: '缺少来电内容、解决方式或客户资料的记录',
      }),
      recordsLacking: z
        .array(z.enum(['visit-record', 'handover-record']))
        .max(2)
        .default([])
        .meta({
          description:
            'daily records not handed in with the log (保密(二)3): visit-record (來訪記錄), handover-record (交接記錄)',
          zh: '未随日志提交的每日记录（保密(二)3）：来访记录、交接记录',
        }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      days: z
        .number()
        .int()
        .min(1)
        .max(14)
        .default(1)
        .meta({ description: 'calendar days after the call day', zh: '来电当天之后的日历天数' }),
    })
    .strict(),
  startOf: (f, zone, time) => startOfCallDay(f.callDate, zone, time),
  evaluate(f, ctx) {
    const start = startOfCallDay(f.callDate, ctx.zone, ctx.time);
    const submitted = atOpt(f.submittedAt);
    notBefore(submitted, start, 'submittedAt', 'the call day');
    const deadline = calendarDaysDeadline(start, ctx.params.days, ctx);
    const verdict = timedVerdict({ deadline, doneAt: submitted, ctx, action: { en: 'call log', zh: '提交来电记录' } });
    const missing = [...entriesOwed(f.incompleteEntries), ...recordsOwed(f.recordsLacking)];
    const clause = owedClause(f.incompleteEntries.length > 0, f.recordsLacking.length > 0);
    return withItemsOwed(verdict, submitted !== undefined, missing, clause, SERVICE_BREACH);
  },
});
