/**
 * 4.14: 每月對業戶進行例行回訪并將回訪結果進行分析、匯總報客服組負責人。
 * Readings: the seed names no number of calls; "every month" is read as at least `minCalls` (1) routine
 * callbacks made in the month, judged when the month ends (pending before). The analysis and summary is due
 * to the team leader by the end of the month (`summaryDay` 31 = the month's last day, `summaryMonthsAfter`
 * 0); an organisation can move it into the next month. The rule is breached when either part is.
 */
import * as z from 'zod';
import { dayOfMonthDeadline, judgeTimed, wholeMonthDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, monthOf, statusText, timedVerdict, worstStatus } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, count, instant, yearMonth } from '../../kernel/schemas.js';
import { formatMonth } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const monthlyCallback = defineRule({
  id: 'P08.monthly-callback',
  policy: 'P08',
  clause: '4.14',
  seedLines: [222, 222],
  kind: 'check',
  title: { en: 'Monthly routine callbacks, summarised for the team leader', zh: '每月例行回访并汇总报客服组负责人' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month of the callbacks', zh: '回访的月份' }),
      calls: count.meta({
        description: 'routine callbacks made to residents in the month',
        zh: '当月对住户的例行回访次数',
      }),
      summaryAt: instant
        .optional()
        .meta({ description: 'when the analysed summary went to the team leader', zh: '分析汇总交给班长的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      minCalls: z
        .number()
        .int()
        .min(1)
        .max(100_000)
        .default(1)
        .meta({ description: 'callbacks a month at least (seed: none set)', zh: '每月至少回访次数（原文：未规定）' }),
      summaryDay: z.number().int().min(1).max(31).default(31).meta({
        description: 'summary due by this day (past month end: last)',
        zh: '汇总须在该日前完成（超过月底：月末）',
      }),
      summaryMonthsAfter: z
        .number()
        .int()
        .min(0)
        .max(1)
        .default(0)
        .meta({ description: '0: the same month, 1: the next month', zh: '0：当月；1：次月' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const p = ctx.params;
    const period = monthOf(f.month);
    const callsDeadline = wholeMonthDeadline(period, ctx);
    const summary = atOpt(f.summaryAt);
    if (summary !== undefined && summary < callsDeadline.windowStart) {
      throw badFact(['summaryAt'], 'must not be before the month starts');
    }
    const callsStatus: Status =
      f.calls >= p.minCalls ? 'met' : judgeTimed(callsDeadline, undefined, ctx.asOf, ctx.warningShare).status;
    const deadline = dayOfMonthDeadline(period, p.summaryDay, p.summaryMonthsAfter, ctx);
    const verdict = timedVerdict({
      deadline,
      doneAt: summary,
      ctx,
      action: { en: 'callback summary', zh: '回访汇总上报' },
    });
    const summaryStatus = verdict.status ?? 'pending';
    const status = worstStatus([callsStatus, summaryStatus]);
    const calls: Bilingual = {
      en: `${f.calls} callback(s) in ${formatMonth(period)} (at least ${p.minCalls}: ${statusText[callsStatus].en})`,
      zh: `${formatMonth(period)}回访${f.calls}次（至少${p.minCalls}次：${statusText[callsStatus].zh}）`,
    };
    const tail = status === 'breached' ? { en: `; ${NO_PENALTY.en}`, zh: `；${NO_PENALTY.zh}` } : { en: '', zh: '' };
    return {
      ...verdict,
      status,
      measured: { value: f.calls, unit: 'count' },
      target: { value: p.minCalls, unit: 'count', comparator: '>=' },
      explanation: {
        en: `${calls.en}; ${lowerFirst(verdict.explanation.en)}${tail.en}`,
        zh: `${calls.zh}；${verdict.explanation.zh}${tail.zh}`,
      },
    };
  },
});
