/**
 * 第九條(五): 總經理室生產管理組接到業務部填具交涉結果的「客戶抱怨處理表」后，應于一日內就業務與工廠的意見加以分析作成綜合意見，
 * 依據核決權限分送業務部經理、副總經理或總經理核決。 Due by the end of the next calendar day after receipt.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { calendarDaysVerdict } from './calendar-days.js';

export const opinion = defineRule({
  id: 'P13.opinion',
  policy: 'P13',
  clause: '第九條(五)',
  seedLines: [434, 434],
  kind: 'check',
  title: { en: "The GM office's combined opinion within 1 day", zh: '总经理室一日内作成综合意见' },
  facts: z
    .object({
      receivedAt: instant.meta({
        description: "when the GM office received the form with sales' negotiation result",
        zh: '总经理室收到附有业务部协商结果的投诉单的时间',
      }),
      opinionAt: instant
        .optional()
        .meta({ description: 'when the combined opinion was written', zh: '写出综合意见的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      days: z
        .number()
        .int()
        .min(1)
        .max(30)
        .default(1)
        .meta({ description: 'calendar days allowed after receipt', zh: '收到后允许的日历天数' }),
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate: (f, ctx) =>
    calendarDaysVerdict(
      {
        start: at(f.receivedAt),
        startName: 'receivedAt',
        doneAt: atOpt(f.opinionAt),
        donePath: 'opinionAt',
        days: ctx.params.days,
        action: { en: 'combined opinion', zh: '作成综合意见' },
      },
      ctx,
    ),
});
