/**
 * (一)1: 每月6號前認真做好代理商的返傭報表、交易金額和返傭金額的統計整理，確保數據準確無誤。
 * Read: the statements cover `month` and are due on or before the 6th of the month after (as Ambiguities 7 reads
 * 「10日前」), inclusive. A submission before that month starts cannot cover the whole of `month` and is rejected.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { monthlyReportVerdict, monthOf } from '../../kernel/helpers.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

export const rebateReport = defineRule({
  id: 'P10.rebate-report',
  policy: 'P10',
  clause: '(一)1',
  seedLines: [280, 280],
  kind: 'check',
  title: { en: "Agents' rebate statements by the 6th", zh: '每月6号前完成代理商返佣报表' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month of trades the statements cover', zh: '对账单所涉交易的月份' }),
      submittedAt: instant.optional().meta({
        description: 'when the rebate statements, trade volumes and rebate sums were completed',
        zh: '返利对账单、交易量和返利金额完成的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      day: z
        .number()
        .int()
        .min(1)
        .max(31)
        .default(6)
        .meta({ description: 'day of the following month it is due by', zh: '须在次月哪一天前完成' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone, 1),
  evaluate(f, ctx) {
    return withServiceBreach(
      monthlyReportVerdict({
        month: f.month,
        submittedAt: f.submittedAt,
        day: ctx.params.day,
        ctx,
        action: { en: 'rebate report', zh: '提交返佣报表' },
      }),
    );
  },
});
