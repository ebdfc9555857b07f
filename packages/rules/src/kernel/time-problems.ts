/**
 * Why a text is not an instant or a date, in the user's words: only asked once parsing has failed, so it
 * may take its time. "2026-11-31" is named as a day November does not have, not as a malformed instant.
 */
import { daysInMonth } from './time.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const INSTANT_EXAMPLE = 'e.g. 2026-11-27T15:00:00+08:00';

/** What is wrong with the calendar date `year-month-day`, or `undefined` when it exists. */
function dateProblem(year: number, month: number, day: number, text: string): string | undefined {
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${last} days`;
  return undefined;
}

/** Why `text` is not an ISO-8601 instant with an offset. */
export function instantProblem(text: string): string {
  const generic = `expected an ISO-8601 instant with an offset or Z, ${INSTANT_EXAMPLE}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text} is a date without a time: ${INSTANT_EXAMPLE}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
    text,
  );
  if (!m) return generic;
  const [, y, mo, d, sep, h, mi, s, offset] = m;
  const date = `${y}-${mo}-${d}`;
  const bad = dateProblem(Number(y), Number(mo), Number(d), date);
  if (bad !== undefined) return bad;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return `${h}:${mi}${s === undefined ? '' : `:${s}`} is not a time of day`;
  }
  if (sep === ' ') return `put a T between the date and the time: ${INSTANT_EXAMPLE}`;
  if (offset === undefined) return `no offset: add the zone's offset (+08:00 for China) or Z, ${INSTANT_EXAMPLE}`;
  return `the offset ${offset} is not one (from -18:00 to +18:00, as ±HH:MM)`;
}

/** Why `text` is not a `YYYY-MM-DD` date. */
export function dateTextProblem(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return 'expected a date YYYY-MM-DD';
  return dateProblem(Number(m[1]), Number(m[2]), Number(m[3]), text) ?? 'expected a date YYYY-MM-DD';
}
