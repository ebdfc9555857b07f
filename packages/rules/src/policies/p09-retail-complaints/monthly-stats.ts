/**
 * 第二十七條: 行政人事部應于每月初10日內填報投訴統計表，呈報總經理審核。
 * 第十九條 1: 行政人事部每月10日前應審視上月份結案的客戶投訴案件，凡經批示為行政處分者，經整理后提報"人事公布單"并公布。
 * Read (Ambiguities 7): on or before the 10th of the month after `month`, inclusive. A submission before that month
 * starts cannot cover the whole of `month` and is rejected.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { monthlyReportVerdict, monthOf } from '../../kernel/helpers.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';

export const monthlyStats = defineRule({
  id: 'P09.monthly-stats',
  policy: 'P09',
  clause: '第二十七條, 第十九條',
  seedLines: [249, 257],
  kind: 'check',
  title: {
    en: "Complaint statistics and last month's sanction review by the 10th",
    zh: '每月10日前填报投诉统计表并审视上月结案案件',
  },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month reported on (last month)', zh: '报告的月份（上月）' }),
      submittedAt: instant.optional().meta({
        description: 'when the statistics and the review went to the general manager',
        zh: '统计与检讨报给总经理的时间',
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
      action: { en: 'complaint statistics report', zh: '填报投诉统计表' },
    });
  },
});
