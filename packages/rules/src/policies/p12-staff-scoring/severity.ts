/**
 * The seed gives several deductions as a range to be chosen 視情況 ("as the case may be"): 扣0.5∽1.5分,
 * 扣5∽10分, 扣3∽5分, 加5∽10分. A `severity` fact picks the point inside the range: `light`, `medium` or
 * `heavy` (the band's three parameters: the mild end, the middle, the severe end), or an explicit signed
 * number of points, which must lie inside the band — anything else is a bad fact naming the field.
 * Points are kept to two decimals so a month's sum is exact in hundredths.
 */
import * as z from 'zod';
import { badFact } from '../../kernel/errors.js';
import type { Bilingual } from '../../kernel/result.js';

type Path = readonly (string | number)[];

/** Points with at most two decimals (the seed's steps are 0.5). */
function twoDecimals(v: number): boolean {
  return Math.abs(Math.round(v * 100) - v * 100) < 1e-6;
}

const severityLevel = z.enum(['light', 'medium', 'heavy']);
export type SeverityLevel = z.output<typeof severityLevel>;

const explicitPoints = z
  .number()
  .min(-1000)
  .max(1000)
  .refine(twoDecimals, { message: 'points take at most two decimals' })
  .meta({
    description: 'signed points inside the clause range (a deduction is negative)',
    zh: '条款幅度内的带符号分数（扣分为负数）',
  });

export const severity = z.union([severityLevel, explicitPoints]).meta({
  description: 'light / medium / heavy, or the signed points chosen inside the clause range',
  zh: '轻 / 中 / 重，或在条款幅度内选定的带符号分数',
});
export type Severity = z.output<typeof severity>;

export interface Band {
  readonly light: number;
  readonly medium: number;
  readonly heavy: number;
}

/** A points parameter: deductions are ≤ 0, merits ≥ 0, at most 100 points, two decimals. */
export function pointsParam(sign: -1 | 1, value: number) {
  const base = sign < 0 ? z.number().min(-100).max(0) : z.number().min(0).max(100);
  return base.refine(twoDecimals, { message: 'points take at most two decimals' }).default(value);
}

/** A band parameter `{ light, medium, heavy }`: each may be overridden alone; severity must not decrease. */
export function bandParam(sign: -1 | 1, defaults: Band, what: Bilingual) {
  return z
    .object({
      light: pointsParam(sign, defaults.light).meta({
        description: `${what.en}: points when light (the mild end of the range)`,
        zh: `${what.zh}：轻者的分数（幅度中较轻的一端）`,
      }),
      medium: pointsParam(sign, defaults.medium).meta({
        description: `${what.en}: points when medium`,
        zh: `${what.zh}：中等的分数`,
      }),
      heavy: pointsParam(sign, defaults.heavy).meta({
        description: `${what.en}: points when heavy (the severe end of the range)`,
        zh: `${what.zh}：重者的分数（幅度中较重的一端）`,
      }),
    })
    .strict()
    .meta({ description: `${what.en}: points by severity`, zh: `${what.zh}：按轻重程度的分数` })
    .refine((b) => Math.abs(b.medium) >= Math.abs(b.light), {
      message: 'medium must be at least as many points as light',
      path: ['medium'],
    })
    .refine((b) => Math.abs(b.heavy) >= Math.abs(b.medium), {
      message: 'heavy must be at least as many points as medium',
      path: ['heavy'],
    })
    .prefault({});
}

/** The band's range as `[low, high]` (numerically). */
export function bandRange(b: Band): readonly [number, number] {
  return [Math.min(b.light, b.heavy), Math.max(b.light, b.heavy)];
}

/** The points a severity stands for; an explicit value outside the band is a bad fact at `path`. */
export function pointsFor(s: Severity, b: Band, path: Path): number {
  if (typeof s === 'string') return b[s];
  const [low, high] = bandRange(b);
  if (s < low || s > high) {
    throw badFact(path, `${s} points is outside the clause range ${low} to ${high} (or use light / medium / heavy)`);
  }
  return s;
}

const LEVEL_TEXT: Readonly<Record<SeverityLevel, Bilingual>> = {
  light: { en: 'light', zh: '轻微' },
  medium: { en: 'medium', zh: '一般' },
  heavy: { en: 'heavy', zh: '严重' },
};

/** "heavy" / "严重", or "chosen 7 points" / "指定7分" for an explicit value. */
export function severityText(s: Severity): Bilingual {
  if (typeof s === 'string') return LEVEL_TEXT[s];
  return { en: `chosen ${s} points`, zh: `指定${s}分` };
}

/** "−0.5 to −1.5" / "-0.5至-1.5" for explanations. */
export function rangeText(b: Band): Bilingual {
  const [low, high] = bandRange(b);
  const [from, to] = b.light <= 0 ? [high, low] : [low, high];
  return { en: `${from} to ${to}`, zh: `${from}至${to}` };
}

/** Points in hundredths, so sums of 0.5-steps never drift. */
export function centi(points: number): number {
  return Math.round(points * 100);
}
