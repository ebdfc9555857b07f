/** The month a P12 record covers, as local days in the organisation's zone. */
import { KefuRuleError } from '../../kernel/errors.js';
import { firstDayOfMonth, lastDayOfMonth, parseMonth, startOfLocalDay, type YearMonth } from '../../kernel/time.js';

/** A `YYYY-MM` the schema already validated. */
export function monthOf(text: string): YearMonth {
  const ym = parseMonth(text);
  if (!ym) throw new KefuRuleError('internal', `unvalidated month ${text}`);
  return ym;
}

/** First and last day numbers of the month. */
export function monthDays(text: string): { first: number; last: number } {
  const ym = monthOf(text);
  return { first: firstDayOfMonth(ym), last: lastDayOfMonth(ym) };
}

/** The instant the month starts in the zone (picks the configuration version in force). */
export function monthStart(text: string, zone: string): number {
  return startOfLocalDay(monthDays(text).first, zone);
}
