/**
 * Zod building blocks for facts and parameters. Instants, dates and months are kept as the caller's
 * strings in the parsed facts (so results can echo them) and checked here for form and possibility.
 */
import * as z from 'zod';
import {
  DAY,
  FIRST_YEAR,
  HOUR,
  instantYearProblem,
  LAST_YEAR,
  MINUTE,
  parseDate,
  parseInstant,
  parseMonth,
  yearProblem,
} from './time.js';
import { dateTextProblem, instantProblem } from './time-problems.js';

/**
 * Whether an instant text's written year is strictly between the first and last year handled. Read from
 * the character codes (the text parsed, its first four characters are digits): slicing and converting a
 * string cost a tenth of a prepared evaluation (#14).
 */
function strictlyInsideYears(text: string): boolean {
  const year =
    (text.charCodeAt(0) - 48) * 1000 +
    (text.charCodeAt(1) - 48) * 100 +
    (text.charCodeAt(2) - 48) * 10 +
    (text.charCodeAt(3) - 48);
  return year > FIRST_YEAR && year < LAST_YEAR;
}

export const instant = z
  .string()
  .refine((s) => parseInstant(s) !== undefined, {
    // Said in the user's words: an impossible date, a missing offset, a space for the T (only on failure).
    error: (issue) => instantProblem(String(issue.input)),
    abort: true,
  })
  // (Reached only for a text that parses. A year written strictly inside the range is inside it in UTC too,
  // offsets being under a day: only the edge years are parsed again, so a valid instant is parsed once.)
  .refine((s) => strictlyInsideYears(s) || instantYearProblem(parseInstant(s) ?? 0) === undefined, {
    message: `outside the years Kefu handles (${FIRST_YEAR}–${LAST_YEAR})`,
  })
  .meta({
    format: 'date-time',
    description: 'ISO-8601 instant with an offset or Z',
    zh: '带时区偏移或 Z 的 ISO-8601 时刻',
  });

/** Every rule's optional `asOf` fact: the instant the evaluation is made at, which wins over the option. */
export const asOfFact = instant.optional().meta({
  description: 'the instant the evaluation is made at (decides pending or breached); wins over the asOf option',
  zh: '评估所依据的时刻（决定未到期还是已违规）；优先于 asOf 选项',
});

export const isoDate = z
  .string()
  .refine((s) => parseDate(s) !== undefined, { error: (issue) => dateTextProblem(String(issue.input)), abort: true })
  .refine((s) => yearProblem(Number(s.slice(0, 4))) === undefined, {
    message: `outside the years Kefu handles (${FIRST_YEAR}–${LAST_YEAR})`,
  })
  .meta({ format: 'date', description: 'date YYYY-MM-DD', zh: '日期 YYYY-MM-DD' });

export const yearMonth = z
  .string()
  .refine((s) => parseMonth(s) !== undefined, { message: 'expected a month YYYY-MM', abort: true })
  .refine((s) => yearProblem(Number(s.slice(0, 4))) === undefined, {
    message: `outside the years Kefu handles (${FIRST_YEAR}–${LAST_YEAR})`,
  })
  .meta({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'month YYYY-MM', zh: '月份 YYYY-MM' });

export const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

/** A count of things: a whole number ≥ 0. */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A yuan amount ≥ 0 with at most two decimals (fen precision). */
export const yuan = z
  .number()
  .min(0)
  .max(1e12)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'at most two decimals (fen)' })
  .meta({ description: 'amount in yuan', zh: '金额（元）' });

/** A share between 0 and 1 inclusive. */
export const share = z.number().min(0).max(1);

/** ISO-8601 duration parameter (e.g. `PT2H`), checked for form and range; value kept as the string. */
export function isoDuration(defaultValue: string, bounds: { min: string; max: string }) {
  const min = durationMs(bounds.min);
  const max = durationMs(bounds.max);
  return z
    .string()
    .refine((s) => durationMs(s) !== undefined, { message: 'expected an ISO-8601 duration such as PT2H' })
    .refine(
      (s) => {
        const ms = durationMs(s);
        return ms === undefined || (ms >= (min ?? 0) && ms <= (max ?? Number.POSITIVE_INFINITY));
      },
      { message: `must be between ${bounds.min} and ${bounds.max}` },
    )
    .default(defaultValue)
    .meta({
      description: `ISO-8601 duration (${bounds.min}–${bounds.max})`,
      zh: `ISO-8601 时长（${bounds.min}–${bounds.max}）`,
    });
}

// ISO-8601 durations without calendar units: weeks, days (24 h), hours, minutes, seconds. Parsed by hand
// (no luxon) because parameters are validated when the package loads and when a configuration resolves.
const DURATION_RE =
  /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const DURATION_UNITS = [7 * DAY, DAY, HOUR, MINUTE, 1000];

/** Milliseconds of an ISO-8601 duration such as `PT2H` or `P1DT30M`; `undefined` for anything else. */
export function durationMs(text: string): number | undefined {
  const m = typeof text === 'string' ? DURATION_RE.exec(text) : null;
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  let total = 0;
  for (let i = 0; i < DURATION_UNITS.length; i += 1) {
    const part = m[i + 1];
    if (part !== undefined) total += Number(part.replace(',', '.')) * (DURATION_UNITS[i] ?? 0);
  }
  return Number.isFinite(total) ? Math.round(total) : undefined;
}

/** The value of a duration parameter that the schema already validated (a prepared run remembers it: `ctx.words.ms`). */
export function durationMsOf(text: string): number {
  const value = durationMs(text);
  if (value === undefined) throw new RangeError(`invalid duration ${text}`);
  return value;
}

declare module 'zod/v4/core' {
  /**
   * A fact's or parameter's description comes in English (`description`) and simplified Chinese (`zh`),
   * declared once on the field with `.meta({ description, zh })`; JSON Schema carries both, so the API's
   * rule documents, `kefu show` and docs/rules.md show either language. A test holds every fact and
   * parameter of every rule to having both.
   */
  interface GlobalMeta {
    zh?: string | undefined;
  }
}
