/**
 * 第十條(一): 「客戶抱怨處理表」處理期限自總經理室受理起國內十五天國外二十天內結案。
 * Closed by the end of the 15th (domestic) or 20th (foreign) calendar day after acceptance by the GM office.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { calendarDaysVerdict } from './calendar-days.js';

export const closureFacts = z
  .object({
    acceptedAt: instant.meta({
      description: 'when the GM office accepted the case (總經理室受理)',
      zh: '总经理室受理案件的时间',
    }),
    market: z
      .enum(['domestic', 'foreign'])
      .meta({ description: 'a domestic (國內) or foreign (國外) customer', zh: '国内或国外客户' }),
    closedAt: instant.optional().meta({ description: 'when the case was closed', zh: '结案的时间' }),
    asOf: asOfFact,
  })
  .strict();

export const closure = defineRule({
  id: 'P13.closure',
  policy: 'P13',
  clause: '第十條',
  seedLines: [443, 444],
  kind: 'check',
  title: {
    en: 'Close a complaint case within 15 days (domestic) / 20 days (foreign)',
    zh: '客诉国内15天、国外20天内结案',
  },
  facts: closureFacts,
  params: z
    .object({
      domesticDays: z
        .number()
        .int()
        .min(1)
        .max(120)
        .default(15)
        .meta({ description: 'calendar days for a domestic case', zh: '国内案件的日历天数' }),
      foreignDays: z
        .number()
        .int()
        .min(1)
        .max(120)
        .default(20)
        .meta({ description: 'calendar days for a foreign case', zh: '国外案件的日历天数' }),
    })
    .strict(),
  startOf: (f) => at(f.acceptedAt),
  evaluate(f, ctx) {
    const domestic = f.market === 'domestic';
    return calendarDaysVerdict(
      {
        start: at(f.acceptedAt),
        startName: 'acceptedAt',
        doneAt: atOpt(f.closedAt),
        donePath: 'closedAt',
        days: domestic ? ctx.params.domesticDays : ctx.params.foreignDays,
        action: domestic
          ? { en: 'closure of the domestic case', zh: '国内客诉结案' }
          : { en: 'closure of the foreign case', zh: '国外客诉结案' },
      },
      ctx,
    );
  },
});
