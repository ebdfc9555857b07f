/**
 * 第九條(二): 為及時了解客戶反應異常資料及處理狀況，由質量管理部或有關人員于調查處理后三天內提出報告，上報總經理批示。
 * The quality department's report is due by the end of the 3rd calendar day after the handling.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';
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
      handledAt: instant.describe('when the investigation and handling were done'),
      reportedAt: instant.optional().describe('when the report went to the general manager'),
      asOf: instant.optional(),
    })
    .strict(),
  params: z
    .object({
      days: z.number().int().min(1).max(60).default(3).describe('calendar days allowed after the handling'),
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
