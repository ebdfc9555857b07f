/**
 * (二)電話接聽客服 2、操作程序: 將來電內容，解決方式，客戶資料登記記錄，日記簿次日提交公司責任人辦公室。
 * Read (Ambiguities 6): due by the end of the calendar day after the calls, in the organisation's zone.
 * The entries must carry the call's content, its resolution and the customer's details (#18): a log handed
 * in with entries lacking them (`incompleteEntries`) is breached too.
 */

import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { InstantCodec } from '../../kernel/instant-codec.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';
import { SERVICE_BREACH } from './service-breach.js';

function startOfCallDay(date: string, zone: string, time: InstantCodec): number {
  // The schema has validated the date; 0 is an unreachable fallback for the type checker.
  return time.startOfLocalDay(parseDate(date) ?? 0, zone);
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
    const n = f.incompleteEntries.length;
    const missing =
      n === 0
        ? []
        : [
            {
              en: `call content, resolution and customer details in every entry (${n} lacking: ${f.incompleteEntries.join(', ')})`,
              zh: `每条记录须有来电内容、解决方式和客户资料（${n}条缺：${f.incompleteEntries.join('、')}）`,
            },
          ];
    return withItemsOwed(verdict, submitted !== undefined, missing, '(二)', SERVICE_BREACH);
  },
});
