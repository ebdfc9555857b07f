/**
 * 1.1.3: 考勤員應于每月25日將本部門的考勤情況報行政人事部。
 * Reading: the month's attendance reaches HR by the end of the 25th of the same month (inclusive,
 * 23:59:59.999 local) — the seed's 每月25日 — not the month after as the catalogue's generic day-of-month
 * kind would have it. A submission before the month starts contradicts the facts.
 */
import * as z from 'zod';
import { dayOfMonthDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, monthOf, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const attendanceReport = defineRule({
  id: 'P14.attendance-report',
  policy: 'P14',
  clause: '1.1.3',
  seedLines: [475, 475],
  kind: 'check',
  title: { en: "The month's attendance goes to HR by the 25th", zh: '每月25日前将考勤报行政人事部' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month whose attendance is reported', zh: '报告考勤的月份' }),
      submittedAt: instant
        .optional()
        .meta({ description: 'when the attendance reached HR', zh: '考勤送达人事部门的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      dueDay: z
        .number()
        .int()
        .min(1)
        .max(31)
        .default(25)
        .meta({ description: 'day of the month (past its end: the last day)', zh: '当月的日期（超过月底：最后一天）' }),
      monthsAfter: z
        .number()
        .int()
        .min(0)
        .max(1)
        .default(0)
        .meta({ description: '0: the same month (seed), 1: the next', zh: '0：当月（原文）；1：次月' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const period = monthOf(f.month);
    const submitted = atOpt(f.submittedAt);
    if (submitted !== undefined && submitted < ctx.time.startOfMonth(period, ctx.zone)) {
      throw badFact(['submittedAt'], 'must not be before the month reported starts');
    }
    const deadline = dayOfMonthDeadline(period, ctx.params.dueDay, ctx.params.monthsAfter, ctx);
    return withConsequence(
      timedVerdict({ deadline, doneAt: submitted, ctx, action: { en: 'attendance report', zh: '考勤上报' } }),
      NO_PENALTY,
    );
  },
});
