/**
 * The monthly ladder 4.2.2 6) and 7) share: −1 each time; the 3rd time in a month a warning and −1 … −3
 * more; the 4th a demerit (記過, read as a minor demerit) and −3 … −5 more; the 5th deemed resignation.
 * The facts give the month's count, so the result is the month's total for the item, every rung reached
 * included. The extra ranges are chosen by `severity`: one level or explicit value for every rung reached
 * (an explicit value must then fit each of their ranges), or `{ third, fourth }` per rung. Without a
 * severity the mild end is used, and the explanation says so, as does a warning (`ladder-severity-not-given`),
 * which the month's score (P12.monthly-score) carries too: the choice moves the month's score.
 */
import * as z from 'zod';
import type { Verdict } from '../../kernel/define-rule.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { describeSanctions } from '../../kernel/sanctions.js';
import { count } from '../../kernel/schemas.js';
import { bandParam, centi, pointsFor, pointsParam, rangeText, type Severity, severity } from './severity.js';

export const ladderFacts = z
  .object({
    count: count.max(1000).meta({ description: 'times found in the month', zh: '当月发现的次数' }),
    severity: z
      .union([severity, z.object({ third: severity.optional(), fourth: severity.optional() }).strict()])
      .optional()
      .meta({
        description: 'chooses the extra points of the 3rd and 4th time: one severity for both, or { third, fourth }',
        zh: '选择第3、4次另扣的分数：两次用同一轻重程度，或 { third, fourth }',
      }),
    employee: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' }),
  })
  .strict();

export const ladderParams = z
  .object({
    pointsEach: pointsParam(-1, -1).meta({
      description: 'points each time (違者扣1分)',
      zh: '每次扣的分数（违者扣1分）',
    }),
    warningAt: z
      .number()
      .int()
      .min(1)
      .max(31)
      .default(3)
      .meta({ description: 'the time in a month that brings a warning', zh: '一个月内第几次给予警告' }),
    warningExtra: bandParam(
      -1,
      { light: -1, medium: -2, heavy: -3 },
      { en: 'extra points with the warning', zh: '警告时另扣' },
    ),
    demeritAt: z
      .number()
      .int()
      .min(1)
      .max(31)
      .default(4)
      .meta({ description: 'the time in a month that brings a demerit', zh: '一个月内第几次记过' }),
    demeritExtra: bandParam(
      -1,
      { light: -3, medium: -4, heavy: -5 },
      { en: 'extra points with the demerit', zh: '记过时另扣' },
    ),
    resignationAt: z
      .number()
      .int()
      .min(1)
      .max(31)
      .default(5)
      .meta({ description: 'the time in a month deemed resignation', zh: '一个月内第几次视为自动离职' }),
  })
  .strict()
  .refine((p) => p.demeritAt > p.warningAt, { message: 'demeritAt must exceed warningAt', path: ['demeritAt'] })
  .refine((p) => p.resignationAt > p.demeritAt, {
    message: 'resignationAt must exceed demeritAt',
    path: ['resignationAt'],
  });

type LadderFacts = z.output<typeof ladderFacts>;
type LadderParams = z.output<typeof ladderParams>;

function rungSeverity(
  s: LadderFacts['severity'],
  rung: 'third' | 'fourth',
): { severity: Severity; path: (string | number)[]; given: boolean } {
  if (s === undefined) return { severity: 'light', path: ['severity'], given: false };
  if (typeof s === 'object') {
    const own = s[rung];
    return { severity: own ?? 'light', path: ['severity', rung], given: own !== undefined };
  }
  return { severity: s, path: ['severity'], given: true };
}

/** The month's verdict for one laddered item (`what`: "idle chat" / "闲聊"). */
export function ladderVerdict(f: LadderFacts, p: LadderParams, clause: string, what: Bilingual): Verdict<never> {
  const n = f.count;
  const measured = { value: n, unit: 'count' as const };
  const target = { value: 0, unit: 'count' as const, comparator: '<=' as const };
  if (n === 0) {
    return {
      status: 'met',
      measured,
      target,
      explanation: {
        en: `No ${what.en} found this month (none allowed): no deduction`,
        zh: `本月未查到${what.zh}，符合要求：不扣分`,
      },
    };
  }
  const sanctions: Sanction[] = [];
  const each = (centi(p.pointsEach) * n) / 100;
  if (each !== 0) sanctions.push({ type: 'points', points: each, clause, note: `${n} time(s)` });
  const defaulted: Bilingual[] = [];
  const extra = (rung: 'third' | 'fourth', band: LadderParams['warningExtra'], note: string) => {
    const chosen = rungSeverity(f.severity, rung);
    const points = pointsFor(chosen.severity, band, chosen.path);
    if (!chosen.given) {
      const range = rangeText(band);
      defaulted.push({ en: `${range.en} taken at its mild end`, zh: `${range.zh}取最轻` });
    }
    if (points !== 0) sanctions.push({ type: 'points', points, clause, note });
  };
  if (n >= p.warningAt) {
    sanctions.push({ type: 'warning', clause, note: `time ${p.warningAt} in a month` });
    extra('third', p.warningExtra, 'with the warning');
  }
  if (n >= p.demeritAt) {
    sanctions.push({ type: 'minor-demerit', clause, note: `time ${p.demeritAt} in a month` });
    extra('fourth', p.demeritExtra, 'with the demerit');
  }
  if (n >= p.resignationAt) {
    sanctions.push({ type: 'deemed-resignation', clause, note: `time ${p.resignationAt} in a month` });
  }
  const text = describeSanctions(sanctions);
  const reading =
    defaulted.length === 0
      ? { en: '', zh: '' }
      : {
          en: `; no severity given, so the extra range ${defaulted.map((d) => d.en).join(' and ')}`,
          zh: `；未给出情节，加扣幅度${defaulted.map((d) => d.zh).join('、')}`,
        };
  const warnings: Warning[] =
    defaulted.length === 0
      ? []
      : [
          {
            code: 'ladder-severity-not-given',
            en: `No severity was given for ${what.en}: the extra range ${defaulted.map((d) => d.en).join(' and ')} (the seed chooses it by the case)`,
            zh: `${what.zh}未给出情节：加扣幅度${defaulted.map((d) => d.zh).join('、')}（原文视情况而定）`,
          },
        ];
  return {
    status: 'breached',
    measured,
    target,
    sanctions,
    warnings,
    explanation: {
      en: `Found ${what.en} ${n} time(s) this month where none is allowed (warning at ${p.warningAt}, demerit at ${p.demeritAt}, resignation at ${p.resignationAt}): ${text.en}${reading.en}`,
      zh: `本月查到${what.zh}${n}次（不允许；第${p.warningAt}次警告，第${p.demeritAt}次记过，第${p.resignationAt}次自动离职）：${text.zh}${reading.zh}`,
    },
  };
}
