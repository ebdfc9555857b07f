/**
 * Zod building blocks for facts and parameters. Instants, dates and months are kept as the caller's
 * strings in the parsed facts (so results can echo them) and checked here for form and possibility.
 */
import { Duration } from 'luxon';
import { z } from 'zod';
import { parseDate, parseInstant, parseMonth } from './time.js';

export const instant = z
  .string()
  .refine((s) => parseInstant(s) !== undefined, {
    message: 'expected an ISO-8601 instant with an offset or Z, e.g. 2026-11-27T15:00:00+08:00',
  })
  .meta({ format: 'date-time', description: 'ISO-8601 instant with an offset or Z' });

export const isoDate = z
  .string()
  .refine((s) => parseDate(s) !== undefined, { message: 'expected a date YYYY-MM-DD' })
  .meta({ format: 'date', description: 'date YYYY-MM-DD' });

export const yearMonth = z
  .string()
  .refine((s) => parseMonth(s) !== undefined, { message: 'expected a month YYYY-MM' })
  .meta({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'month YYYY-MM' });

export const year = z.number().int().min(1900).max(2999);

/** A count of things: a whole number ≥ 0. */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A yuan amount ≥ 0 with at most two decimals (fen precision). */
export const yuan = z
  .number()
  .min(0)
  .max(1e12)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { message: 'at most two decimals (fen)' })
  .describe('amount in yuan');

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
    .describe(`ISO-8601 duration (${bounds.min}–${bounds.max})`);
}

const durationCache = new Map<string, number | undefined>();

/** Milliseconds of an ISO-8601 duration without calendar units (weeks, hours, minutes, seconds; days as 24 h). */
export function durationMs(text: string): number | undefined {
  if (durationCache.has(text)) return durationCache.get(text);
  const d = Duration.fromISO(text);
  const ok = d.isValid && d.years === 0 && d.months === 0;
  const ms = ok ? d.as('milliseconds') : undefined;
  const value = ms !== undefined && Number.isFinite(ms) && ms >= 0 ? ms : undefined;
  if (durationCache.size < 1000) durationCache.set(text, value);
  return value;
}

/** The value of a duration parameter that the schema already validated. */
export function ms(text: string): number {
  const value = durationMs(text);
  if (value === undefined) throw new RangeError(`invalid duration ${text}`);
  return value;
}
