/**
 * ISO-8601 durations with calendar units (`P12M`, `P1Y2M3DT4H`, `P1.5M`), read as luxon's `Duration.fromISO`
 * reads them, for the few places that take one: the P10 ladder's window and the audit's `maxDelay` and
 * `maxFuture`. Written here rather than imported because luxon, needed for nothing else, was a fifth of
 * every P10 bundle (#17); the tests hold both readings equal to luxon's on random durations.
 */
import { DAY, HOUR, MINUTE } from './time.js';

export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const NUMBER = String.raw`(\d{1,20}(?:[.,]\d{1,20})?)`;
const ISO_DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);

/** The parts of a non-negative ISO-8601 duration, or `undefined` when the text is not one (`P`, `PT`, `P-1D`). */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const m = ISO_DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const n = (i: number) => Number((m[i] ?? '0').replace(',', '.'));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/**
 * Milliseconds of a duration by luxon's casual conversion: a year 365 days, a month 30, a week 7, a day 24
 * hours. What a window "of P1M" means when it is measured rather than counted on the calendar.
 */
export function casualMs(d: IsoDuration): number {
  return (
    (d.years * 365 + d.months * 30 + d.weeks * 7 + d.days) * DAY +
    d.hours * HOUR +
    d.minutes * MINUTE +
    d.seconds * 1000
  );
}
