/**
 * (一)2: 每月底認真做好代理商實際返傭金額和待返金額的統計整理，確保數據準確無誤。
 * Read: due by the end of the last day of `month` itself. A tally before the month starts is rejected; one before its
 * last day is accepted with a warning, since it may miss the month's last trades.
 */
import * as z from 'zod';
import { dayOfMonthDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt, monthOf, notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { Warning } from '../../kernel/result.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';
import { lastDayOfMonth } from '../../kernel/time.js';
import { withServiceBreach } from './service-breach.js';

export const rebateMonthEnd = defineRule({
  id: 'P10.rebate-month-end',
  policy: 'P10',
  clause: '(一)2',
  seedLines: [281, 281],
  kind: 'check',
  title: { en: 'Actual and pending rebates tallied at month end', zh: '每月底统计代理商实际返佣和待返金额' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month tallied', zh: '统计的月份' }),
      submittedAt: instant.optional().meta({
        description: 'when the tally of actual and pending rebates was completed',
        zh: '实际与待返返利统计完成的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const period = monthOf(f.month);
    // Day 31 is clamped to the month's last day by the kernel.
    const deadline = dayOfMonthDeadline(period, 31, 0, ctx);
    const submitted = atOpt(f.submittedAt);
    notBefore(submitted, deadline.windowStart, 'submittedAt', 'the start of the month tallied');
    const warnings: Warning[] = [];
    if (submitted !== undefined && submitted < ctx.time.startOfLocalDay(lastDayOfMonth(period), ctx.zone)) {
      warnings.push({
        code: 'early-tally',
        en: 'tallied before the last day of the month: the seed asks for it at month end and it may miss late trades',
        zh: '在月末前已统计：原文要求月底统计，可能遗漏月末交易',
      });
    }
    const verdict = timedVerdict({
      deadline,
      doneAt: submitted,
      ctx,
      action: { en: 'month-end rebate tally', zh: '统计月底返佣' },
    });
    return { ...withServiceBreach(verdict), warnings };
  },
});
