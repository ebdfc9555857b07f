/**
 * 第九條(九): 總經理室生產管理組每月十日前匯總上月份結案的案件于「客訴案件統計表」…
 * 第十二條(一): 總經理室生產管理組每月十日前應審視上月份結案的客訴案件，凡經批示為行政處分，經整理后送人事單位…
 * Read (Ambiguities 7): 「每月10日前」 is on or before the 10th. `month` is the month whose closed cases are
 * summarised; the summary is due by the end of the 10th of the following month.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { monthlyReportVerdict, monthOf } from '../../kernel/helpers.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';

export const monthlySummary = defineRule({
  id: 'P13.monthly-summary',
  policy: 'P13',
  clause: '第九條(九), 第十二條',
  seedLines: [438, 449],
  kind: 'check',
  title: {
    en: "Last month's closed cases summarised and sanctions reviewed by the 10th",
    zh: '每月10日前汇总上月结案客诉并审视处分',
  },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month whose closed cases are summarised', zh: '汇总其已结案件的月份' }),
      submittedAt: instant
        .optional()
        .meta({ description: 'when the summary and the review were submitted', zh: '汇总与检讨提交的时间' }),
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
        .default(10)
        .meta({ description: 'day of the following month it is due by', zh: '须在次月哪一天前完成' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone, 1),
  evaluate(f, ctx) {
    return monthlyReportVerdict({
      month: f.month,
      submittedAt: f.submittedAt,
      day: ctx.params.day,
      ctx,
      action: { en: `summary of the cases closed in ${f.month}`, zh: `${f.month}结案客诉汇总` },
    });
  },
});
