/**
 * `at` minus a calendar window (e.g. `P12M`) in the organisation's zone, as luxon's `DateTime.minus` does it
 * — the same time of day, the day clamped to the end of a shorter month, fractions and clock units added
 * as elapsed time — but in epoch and day numbers: luxon per evaluation cost ~100 µs. Luxon only parses
 * each distinct window text, once.
 */
import { Duration } from 'luxon';
import { DAY, dayFromYmd, MINUTE, offsetAt, ymdOfDay } from '../../kernel/time.js';

interface Shift {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  /** The clock part and the fractions of calendar units, in ms (luxon's casual conversion). */
  readonly millis: number;
}

const shifts = new Map<string, Shift>();

/** The window negated and split as luxon's `adjustTime` splits a duration. */
function shiftOf(window: string): Shift {
  let shift = shifts.get(window);
  if (shift) return shift;
  const d = Duration.fromISO(window).negate();
  shift = {
    years: Math.trunc(d.years),
    months: Math.trunc(d.months) + Math.trunc(d.quarters) * 3,
    days: Math.trunc(d.days) + Math.trunc(d.weeks) * 7,
    millis: Duration.fromObject({
      years: d.years - Math.trunc(d.years),
      quarters: d.quarters - Math.trunc(d.quarters),
      months: d.months - Math.trunc(d.months),
      weeks: d.weeks - Math.trunc(d.weeks),
      days: d.days - Math.trunc(d.days),
      hours: d.hours,
      minutes: d.minutes,
      seconds: d.seconds,
      milliseconds: d.milliseconds,
    }).as('milliseconds'),
  };
  // Window texts come from configuration: few, but bound the map for a long-running server anyway.
  if (shifts.size >= 1000) shifts.clear();
  shifts.set(window, shift);
  return shift;
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
