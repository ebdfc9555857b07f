/**
 * `at` minus a calendar window (e.g. `P12M`) in the organisation's zone, as luxon's `DateTime.minus` does it
 * — the same time of day, the day clamped to the end of a shorter month, fractions and clock units added
 * as elapsed time — but in epoch and day numbers (luxon per evaluation cost ~100 µs, and a fifth of the
 * P10 bundle). The tests hold it equal to luxon's `DateTime.minus` in every zone.
 */
import { casualMs, parseIsoDuration } from '../../kernel/iso-duration.js';
import { DAY, dayFromYmd, MINUTE, offsetAt, ymdOfDay } from '../../kernel/time.js';

interface Shift {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  /** The clock part and the fractions of calendar units, in ms (luxon's casual conversion). */
  readonly millis: number;
}

/** The window negated and split as luxon's `adjustTime` splits a duration (whole units, then the rest). */
function shiftOf(window: string): Shift {
  const d = parseIsoDuration(window);
  if (d === undefined) throw new RangeError(`invalid window ${window}`);
  const years = Math.trunc(d.years);
  const months = Math.trunc(d.months);
  const weeks = Math.trunc(d.weeks);
  const days = Math.trunc(d.days);
  const rest = casualMs({
    years: d.years - years,
    months: d.months - months,
    weeks: d.weeks - weeks,
    days: d.days - days,
    hours: d.hours,
    minutes: d.minutes,
    seconds: d.seconds,
  });
  return { years: -years, months: -months, days: -(days + weeks * 7), millis: -rest };
}

function daysInMonth(year: number, month: number): number {
  const first = dayFromYmd(year, month, 1);
  return dayFromYmd(year, month + 1, 1) - first;
}

/** luxon's `fixOffset`: the instant of a local wall-clock time, starting from a guessed offset. */
function fixOffset(localTs: number, guess: number, zone: string): number {
  let utc = localTs - guess * MINUTE;
  const o2 = offsetAt(zone, utc);
  if (guess === o2) return utc;
  utc -= (o2 - guess) * MINUTE;
  const o3 = offsetAt(zone, utc);
  if (o2 === o3) return utc;
  // A wall-clock time that does not exist (a DST gap): luxon keeps the earlier offset's reading.
  return localTs - Math.min(o2, o3) * MINUTE;
}

/** Epoch ms of `ms` minus `window` in `zone`, equal to luxon's `DateTime.fromMillis(ms, { zone }).minus(window)`. */
export function minusWindow(ms: number, window: string, zone: string): number {
  const shift = shiftOf(window);
  const offset = offsetAt(zone, ms);
  const local = ms + offset * MINUTE;
  const day = Math.floor(local / DAY);
  const timeOfDay = local - day * DAY;
  const c = ymdOfDay(day);
  const year = c.year + shift.years;
  const month = c.month + shift.months;
  const newDay = dayFromYmd(year, month, 1) + Math.min(c.day, daysInMonth(year, month)) - 1 + shift.days;
  return fixOffset(newDay * DAY + timeOfDay, offset, zone) + shift.millis;
}
