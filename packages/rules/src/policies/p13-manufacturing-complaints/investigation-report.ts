/**
 * 第九條(二): 為及時了解客戶反應異常資料及處理狀況，由質量管理部或有關人員于調查處理后三天內提出報告，上報總經理批示。
 * The quality department's report is due by the end of the 3rd calendar day after the handling.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { calendarDaysVerdict } from './calendar-days.js';

export const investigationReport = defineRule({
  id: 'P13.investigation-report',
  policy: 'P13',
  clause: '第九條(二)',
  seedLines: [431, 431],
  kind: 'check',
  title: { en: 'Investigation report within 3 days of handling', zh: '调查处理后3天内提出报告' },
  facts: z
    .object({
      handledAt: instant.meta({
        description: 'when the investigation and handling were done',
        zh: '调查和处理完成的时间',
      }),
      reportedAt: instant
        .optional()
        .meta({ description: 'when the report went to the general manager', zh: '报告送交总经理的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      days: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(3)
        .meta({ description: 'calendar days allowed after the handling', zh: '处理之后允许的日历天数' }),
    })
    .strict(),
  startOf: (f) => at(f.handledAt),
  evaluate: (f, ctx) =>
    calendarDaysVerdict(
      {
        start: at(f.handledAt),
        startName: 'handledAt',
        doneAt: atOpt(f.reportedAt),
        donePath: 'reportedAt',
        days: ctx.params.days,
        action: { en: 'investigation report', zh: '提出调查报告' },
      },
      ctx,
    ),
});
