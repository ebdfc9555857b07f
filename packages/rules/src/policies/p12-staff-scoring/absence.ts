/**
 * 4.2.2 3): …缺勤者扣缺勤工資外加扣考績分10分，缺勤三天給予自動離職處分。
 * Each absent day costs that day's wages and 10 points. Read (Ambiguities 5): three absent days within
 * one calendar month, consecutive or not, are deemed resignation. Lateness over 10 minutes is scored by
 * P12.lateness "as absence" for points only, so it is not an absent day here.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { monthOf } from '../../kernel/helpers.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { describeSanctions } from '../../kernel/sanctions.js';
import { isoDate, yearMonth, yuan } from '../../kernel/schemas.js';
import { firstDayOfMonth, lastDayOfMonth, parseDate } from '../../kernel/time.js';
import { centi, pointsParam } from './severity.js';

const CLAUSE = 'P12 4.2.2(3)';

export const absence = defineRule({
  id: 'P12.absence',
  policy: 'P12',
  clause: '4.2.2(3)',
  seedLines: [382, 382],
  kind: 'check',
  title: {
    en: "Absence: the day's wages and −10 points; 3 days in a month, deemed resignation",
    zh: '缺勤：扣当日工资及10分，一个月缺勤3天作自动离职',
  },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the calendar month the absences are counted in', zh: '统计旷工的自然月' }),
      absentDays: z
        .array(isoDate)
        .max(31)
        .meta({ description: 'the dates absent in that month', zh: '该月旷工的日期' }),
      dayWage: yuan.optional().meta({
        description:
          "one day's wages, deducted for each absent day; absent: the wages are not priced (a warning says so)",
        zh: '一天的工资，每旷工一天扣一天；缺省：工资不计价（会有警告）',
      }),
      employee: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      pointsPerDay: pointsParam(-1, -10).meta({
        description: 'points for each absent day (扣考績分10分)',
        zh: '每旷工一天扣的分数（扣考绩分10分）',
      }),
      resignationDays: z
        .number()
        .int()
        .min(1)
        .max(31)
        .default(3)
        .meta({ description: 'absent days in a month deemed resignation', zh: '一个月内旷工多少天视为自动离职' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const p = ctx.params;
    const month = monthOf(f.month);
    const first = firstDayOfMonth(month);
    const last = lastDayOfMonth(month);
    const seen = new Set<number>();
    f.absentDays.forEach((text, i) => {
      const day = parseDate(text) ?? Number.NaN;
      if (!(day >= first && day <= last)) throw badFact(['absentDays', i], `${text} is not in ${f.month}`);
      if (seen.has(day)) throw badFact(['absentDays', i], `${text} is listed twice`);
      seen.add(day);
    });
    const n = f.absentDays.length;
    const measured = { value: n, unit: 'day' as const };
    const target = { value: 0, unit: 'day' as const, comparator: '<=' as const };
    if (n === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `No absent day in ${f.month} (none allowed): no deduction`,
          zh: `${f.month}无缺勤，符合要求：不扣分`,
        },
      };
    }
    // No day wage known (an organisation file without it): the points and the resignation still stand; the
    // wages are left unpriced, and said so, rather than deducted as 0.
    const wageFen = f.dayWage === undefined ? 0 : yuanToFen(f.dayWage) * n;
    const warnings =
      f.dayWage === undefined
        ? [
            {
              code: 'day-wage-unknown',
              en: `No day wage was given: the ${n} absent day(s) of wages are not deducted here`,
              zh: `未提供日工资：${n}天缺勤工资未在此扣除`,
            },
          ]
        : [];
    const points = (centi(p.pointsPerDay) * n) / 100;
    const sanctions: Sanction[] = [];
    if (wageFen > 0) {
      sanctions.push({
        type: 'wage-deduction',
        amount: fenToYuan(wageFen),
        clause: CLAUSE,
        note: `${n} day(s) of wages`,
      });
    }
    if (points !== 0) sanctions.push({ type: 'points', points, clause: CLAUSE });
    const resigned = n >= p.resignationDays;
    if (resigned) {
      sanctions.push({ type: 'deemed-resignation', clause: CLAUSE, note: `${n} absent days in ${f.month}` });
    }
    const what = describeSanctions(sanctions);
    const ladder = resigned
      ? { en: `, reaching ${p.resignationDays} in one calendar month`, zh: `，一个自然月内达到${p.resignationDays}天` }
      : { en: `, below the ${p.resignationDays} that mean resignation`, zh: `，未达自动离职的${p.resignationDays}天` };
    return {
      status: 'breached',
      measured,
      target,
      sanctions,
      warnings,
      explanation: {
        en: `${n} absent day(s) in ${f.month}${ladder.en}: ${what.en}`,
        zh: `${f.month}缺勤${n}天${ladder.zh}：${what.zh}`,
      },
    };
  },
});
