/**
 * 走訪 1: 走訪業主每月不低于總戶數的5%。
 * "不低于" is inclusive: exactly 5% is met, 4.9% is breached. Before the month ends (`asOf` inside it) a
 * shortfall is still open; without `asOf` the counts are read as the month's final figures.
 */
import * as z from 'zod';
import { wholeMonthDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { monthOf, percentText, ratio } from '../../kernel/helpers.js';
import { asOfFact, count, yearMonth } from '../../kernel/schemas.js';
import { consequenceOf, joinParts, leastCount, periodStatus, round4, shareText } from './period.js';

export const householdVisits = defineRule({
  id: 'P01.household-visits',
  policy: 'P01',
  clause: '走訪 1',
  seedLines: [17, 17],
  kind: 'check',
  title: { en: 'Visit at least 5% of households each month', zh: '每月走访业主不低于总户数的5%' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month of the visits', zh: '走访的月份' }),
      households: count.meta({ description: 'all households (總戶數)', zh: '总户数' }),
      visited: count.meta({ description: 'households visited in the month', zh: '当月走访的户数' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      minShare: z
        .number()
        .gt(0)
        .max(1)
        .default(0.05)
        .meta({ description: 'least share of all households visited a month', zh: '每月走访户数占总户数的最低比例' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    if (f.visited > f.households) {
      throw badFact(['visited'], `${f.visited} households visited of only ${f.households}`);
    }
    if (f.households === 0) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No households: nobody to visit', zh: '总户数为0，无需走访' },
      };
    }
    const min = ctx.params.minShare;
    const share = ratio(f.visited, f.households);
    const deadline = wholeMonthDeadline(monthOf(f.month), ctx);
    const status = periodStatus(share >= min, deadline, ctx.asOf, ctx.warningShare);
    const due = ctx.time.localText(deadline.dueAt, ctx.zone);
    const part = {
      en: `${f.visited} of ${f.households} households visited in ${f.month} (${shareText(share, min)}; at least ${percentText(min)}, ${leastCount(min, f.households)} households, required by ${due})`,
      zh: `${f.month}走访${f.visited}户，总户数${f.households}户（${shareText(share, min)}；要求不低于${percentText(min)}即${leastCount(min, f.households)}户，截止${due}）`,
    };
    return {
      status,
      deadline,
      measured: { value: round4(share, min), unit: 'ratio' },
      target: { value: min, unit: 'ratio', comparator: '>=' },
      explanation: joinParts(status, [part], consequenceOf(status)),
    };
  },
});
