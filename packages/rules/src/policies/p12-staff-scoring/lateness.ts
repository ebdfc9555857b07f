/**
 * 4.2.2 3): 上班人員遲到5分鐘內扣1分，5∽10分扣5分，10分鐘后視缺勤扣分，扣工資40元。
 * Read (Ambiguities 4): over 10 minutes costs the absence's 10 points plus 40 yuan, not a day's wages.
 * Bands are inclusive at their top: exactly 5:00 late is −1, 5:00.001 is −5, exactly 10:00 is −5.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, round2 } from '../../kernel/helpers.js';
import { roundYuan } from '../../kernel/money.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { describeSanctions } from '../../kernel/sanctions.js';
import { instant, yuan } from '../../kernel/schemas.js';
import { describeDuration, MINUTE } from '../../kernel/time.js';

const CLAUSE = 'P12 4.2.2(3)';

export const lateness = defineRule({
  id: 'P12.lateness',
  policy: 'P12',
  clause: '4.2.2(3)',
  seedLines: [382, 382],
  kind: 'check',
  title: { en: 'Lateness: −1 / −5 / −10 points and 40 yuan', zh: '迟到扣分' },
  facts: z
    .object({
      shiftStart: instant.meta({ description: 'when the shift starts', zh: '班次开始的时间' }),
      arrivedAt: instant.meta({ description: 'when the employee arrived', zh: '员工到岗的时间' }),
      employee: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
    })
    .strict(),
  params: z
    .object({
      minorMaxMinutes: z
        .number()
        .positive()
        .max(60)
        .default(5)
        .meta({ description: 'late up to this many minutes: minor', zh: '迟到不超过此分钟数：轻微' }),
      minorPoints: z
        .number()
        .max(0)
        .min(-100)
        .default(-1)
        .meta({ description: 'points when late up to minorMaxMinutes', zh: '迟到不超过 minorMaxMinutes 时扣的分数' }),
      moderateMaxMinutes: z
        .number()
        .positive()
        .max(240)
        .default(10)
        .meta({ description: 'late up to this many minutes: moderate', zh: '迟到不超过此分钟数：一般' }),
      moderatePoints: z.number().max(0).min(-100).default(-5).meta({
        description: 'points when late up to moderateMaxMinutes',
        zh: '迟到不超过 moderateMaxMinutes 时扣的分数',
      }),
      severePoints: z
        .number()
        .max(0)
        .min(-100)
        .default(-10)
        .meta({ description: 'over the moderate band: treated as absence', zh: '超过一般档：按旷工处理' }),
      severeWageDeduction: yuan
        .default(40)
        .meta({ description: 'yuan off wages when over the moderate band', zh: '超过一般档时扣的工资（元）' }),
    })
    .strict()
    .refine((p) => p.moderateMaxMinutes > p.minorMaxMinutes, {
      message: 'moderateMaxMinutes must exceed minorMaxMinutes',
      path: ['moderateMaxMinutes'],
    }),
  startOf: (f) => at(f.shiftStart),
  evaluate(f, ctx) {
    const p = ctx.params;
    const lateMs = at(f.arrivedAt) - at(f.shiftStart);
    const measured = { value: round2(Math.max(0, lateMs) / MINUTE), unit: 'minute' as const };
    const target = { value: 0, unit: 'minute' as const, comparator: '<=' as const };
    if (lateMs <= 0) {
      return { status: 'met', measured, target, explanation: { en: 'Arrived on time', zh: '准时到岗' } };
    }
    const sanctions: Sanction[] = [];
    let band: { en: string; zh: string };
    if (lateMs <= p.minorMaxMinutes * MINUTE) {
      sanctions.push({ type: 'points', points: p.minorPoints, clause: CLAUSE });
      band = { en: `within ${p.minorMaxMinutes} min`, zh: `${p.minorMaxMinutes}分钟内` };
    } else if (lateMs <= p.moderateMaxMinutes * MINUTE) {
      sanctions.push({ type: 'points', points: p.moderatePoints, clause: CLAUSE });
      band = {
        en: `${p.minorMaxMinutes}–${p.moderateMaxMinutes} min`,
        zh: `${p.minorMaxMinutes}至${p.moderateMaxMinutes}分钟`,
      };
    } else {
      sanctions.push({ type: 'points', points: p.severePoints, clause: CLAUSE, note: 'treated as absence' });
      if (p.severeWageDeduction > 0) {
        sanctions.push({ type: 'wage-deduction', amount: roundYuan(p.severeWageDeduction), clause: CLAUSE });
      }
      band = {
        en: `over ${p.moderateMaxMinutes} min, treated as absence`,
        zh: `超过${p.moderateMaxMinutes}分钟，视为缺勤`,
      };
    }
    const late = describeDuration(lateMs);
    const what = describeSanctions(sanctions);
    return {
      status: 'breached',
      measured,
      target,
      sanctions,
      explanation: {
        en: `Arrived ${late.en} late (${band.en}): ${what.en}`,
        zh: `迟到${late.zh}（${band.zh}）：${what.zh}`,
      },
    };
  },
});
