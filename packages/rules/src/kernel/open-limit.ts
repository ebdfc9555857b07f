/**
 * Limits the seed leaves open (及時, 立即, 迅速, 定期): a parameter with no default, which the organisation
 * must set. Until it does, a rule that needs it refuses with `not-configured`, naming the parameter, rather
 * than inventing a number the seed does not give.
 */
import * as z from 'zod';
import { notConfigured } from './errors.js';
import { durationMs } from './schemas.js';

/** An ISO-8601 duration parameter with no default, checked for form and range when it is set. */
export function openDuration(bounds: { min: string; max: string }) {
  const min = durationMs(bounds.min) ?? 0;
  const max = durationMs(bounds.max) ?? Number.POSITIVE_INFINITY;
  return z
    .string()
    .refine((s) => durationMs(s) !== undefined, { message: 'expected an ISO-8601 duration such as PT2H' })
    .refine(
      (s) => {
        const ms = durationMs(s);
        return ms === undefined || (ms >= min && ms <= max);
      },
      { message: `must be between ${bounds.min} and ${bounds.max}` },
    )
    .optional();
}

/** The limit an organisation set, or the `not-configured` refusal naming where to set it. */
export function configuredLimit<T>(value: T | undefined, ruleId: string, param: string, seedWord: string): T {
  if (value !== undefined) return value;
  throw notConfigured(
    ruleId,
    param,
    `the seed sets no limit (${seedWord}): configure config.rules["${ruleId}"].${param}`,
  );
}
