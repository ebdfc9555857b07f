/**
 * Instants, dates and months without luxon. Instants are epoch milliseconds; dates are "day numbers"
 * (days since 1970-01-01). Every function here is pure and remembers nothing: a zone offset asks the
 * runtime's IANA data afresh (~100 µs). Callers that ask often hold an `InstantCodec` (instant-codec.ts),
 * which remembers offsets per zone and quarter-hour and the texts it made.
 */
import { isKnownZone, newZoneFormatter, offsetWith, zoneOffsetMinutes } from './zone-offset.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayFromYmd(year: number, month: number, day: number): number {
  // Months outside 1–12 roll into neighbouring years, as Date.UTC does.
  const y0 = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month, day of a day number (Howard Hinnant's civil_from_days). */
export function ymdOfDay(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// Instants are parsed by hand (char codes, no regex, no Date): the audit parses millions of them, and a
// prepared `evaluate` spends most of its time here. Every field sits at a fixed place up to the minutes,
// so each digit is read once, by position, with no loop and no call per field (#14: a loop over digit
// counts and the day-number arithmetic below made parsing ~40% of a prepared evaluation).

/** The digit at `i` (0–9), or a value outside 0–9 for any other character (NaN past the end). */
function digitAt(text: string, i: number): number {
  return text.charCodeAt(i) - 48;
}

/** Whether every one of these is a digit value (0–9); NaN (past the end) is not. */
function allDigits(a: number, b: number, c: number, d: number): boolean {
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 && d >= 0 && d <= 9;
}

/** Days in the months before each month (1–12) of a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days from 1970-01-01 to 1 January of a proleptic Gregorian year (leap days counted by the usual rule). */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  return 365 * (year - 1970) + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 477;
}

/** Epoch ms of an ISO-8601 instant with an offset or `Z`; `undefined` when malformed or impossible. */
export function parseInstant(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  return parseInstantText(text);
}

function parseInstantText(text: string): number | undefined {
  const length = text.length;
  if (
    length < 17 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58
  ) {
    return undefined;
  }
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  const h0 = digitAt(text, 11);
  const h1 = digitAt(text, 12);
  const n0 = digitAt(text, 14);
  const n1 = digitAt(text, 15);
  if (!allDigits(y0, y1, y2, y3) || !allDigits(m0, m1, d0, d1) || !allDigits(h0, h1, n0, n1)) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = n0 * 10 + n1;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const leap = isLeap(year);
  if (day > (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number))) return undefined;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(16) === 58) {
    const s0 = digitAt(text, 17);
    const s1 = digitAt(text, 18);
    if (!allDigits(s0, s1, 0, 0) || s0 > 5) return undefined;
    second = s0 * 10 + s1;
    i = 19;
    if (text.charCodeAt(19) === 46) {
      // Up to nine digits of fraction, cut (not rounded) to milliseconds.
      let j = 20;
      let scale = 100;
      for (; j < length; j += 1) {
        const c = digitAt(text, j);
        if (c < 0 || c > 9) break;
        if (j > 28) return undefined;
        millis += c * scale;
        scale /= 10;
      }
      if (j === 20) return undefined;
      millis = Math.floor(millis);
      i = j;
    }
  }
  let offsetMinutes = 0;
  const rest = length - i;
  const sign = text.charCodeAt(i);
  if (sign === 90 && rest === 1) offsetMinutes = 0;
  else if ((sign === 43 || sign === 45) && (rest === 6 || rest === 5)) {
    // `+08:00` or `+0800`.
    if (rest === 6 && text.charCodeAt(i + 3) !== 58) return undefined;
    const minutesAt = rest === 6 ? i + 4 : i + 3;
    const a = digitAt(text, i + 1);
    const b = digitAt(text, i + 2);
    const c = digitAt(text, minutesAt);
    const d = digitAt(text, minutesAt + 1);
    if (!allDigits(a, b, c, d)) return undefined;
    const oh = a * 10 + b;
    const om = c * 10 + d;
    if (oh > 18 || om > 59) return undefined;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  const days = daysBeforeYear(year) + (DAYS_BEFORE_MONTH[month] as number) + (leap && month > 2 ? 1 : 0) + day - 1;
  return days * DAY + hour * HOUR + minute * MINUTE + second * 1000 + millis - offsetMinutes * MINUTE;
}

/** Day number of a `YYYY-MM-DD` date; `undefined` when malformed or impossible. */
export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromYmd(year, month, day);
}

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** A `YYYY-MM` month; `undefined` when malformed. */
export function parseMonth(text: string): YearMonth | undefined {
  const m = MONTH_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { year, month };
}

/** The first day of a month shifted by `months` (negative allowed). */
export function firstDayOfMonth(ym: YearMonth, months = 0): number {
  return dayFromYmd(ym.year, ym.month + months, 1);
}

/** The last day of a month shifted by `months`. */
export function lastDayOfMonth(ym: YearMonth, months = 0): number {
  return dayFromYmd(ym.year, ym.month + months + 1, 1) - 1;
}

export function formatDay(day: number): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${formatYear(year)}-${pad(month)}-${pad(d)}`;
}

/** ISO-8601's year: four digits (0042), or its expanded six-digit form with a sign outside 0000–9999. */
function formatYear(year: number): string {
  if (year >= 1000 && year <= 9999) return String(year);
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
}

/**
 * The years the library accepts in instants, dates and months: 1970–2100. Before 1970 zones have local
 * mean times (Shanghai was +08:05:43 until 1901) and no working-day calendar exists; past 2100 no calendar
 * will be announced. A caller's date outside is an error naming the range, never a guess.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;
/** 1970-01-01T00:00Z and 2101-01-01T00:00Z: the first instant accepted and the first one past the range (UTC years). */
export const FIRST_MS = dayFromYmd(FIRST_YEAR, 1, 1) * DAY;
export const END_MS = dayFromYmd(LAST_YEAR + 1, 1, 1) * DAY;

/** `undefined` when an instant's UTC year is within FIRST_YEAR–LAST_YEAR, else what is wrong, in words. */
export function instantYearProblem(ms: number): string | undefined {
  if (ms >= FIRST_MS && ms < END_MS) return undefined;
  return `outside the years Kefu handles (${FIRST_YEAR}–${LAST_YEAR})`;
}

/** The same for a year number (dates and months). */
export function yearProblem(year: number): string | undefined {
  return year >= FIRST_YEAR && year <= LAST_YEAR
    ? undefined
    : `outside the years Kefu handles (${FIRST_YEAR}–${LAST_YEAR})`;
}

export function formatMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

export function yearOfDay(day: number): number {
  return ymdOfDay(day).year;
}

/** ISO weekday: 1 Monday … 7 Sunday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isValidZone(zone: string): boolean {
  return isKnownZone(zone);
}

/** The zone's UTC offset in minutes at an instant (NaN for a zone the runtime does not know). */
export function offsetAt(zone: string, ms: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  return zoneOffsetMinutes(zone, ms);
}

/** The local calendar day (day number) of an instant in a zone. */
export function localDay(ms: number, zone: string): number {
  return Math.floor((ms + offsetAt(zone, ms) * MINUTE) / DAY);
}

/** The instant of a local wall-clock time (ms since local midnight of `day`) in a zone. */
function instantOfLocal(day: number, msOfDay: number, zone: string): number {
  const local = day * DAY + msOfDay;
  if (zone === 'UTC' || zone === 'Etc/UTC') return local;
  // One formatter for both lookups: building it is most of the cost.
  const formatter = newZoneFormatter(zone);
  const first = local - offsetWith(formatter, local) * MINUTE;
  return local - offsetWith(formatter, first) * MINUTE;
}

/** 23:59:59.999 local time of a day: the inclusive end every day-based deadline uses. */
export function endOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day, DAY - 1, zone);
}

export function startOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day, 0, zone);
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function pad(n: number): string {
  return TWO_DIGITS[n] ?? String(n).padStart(2, '0');
}

function pad3(n: number): string {
  return n >= 100 ? String(n) : n >= 10 ? `0${n}` : `00${n}`;
}

/**
 * The texts of the last local day (`2026-03-02T`) and offset (`+08:00`) formatted: instants are formatted
 * in runs of the same day and zone, so a codec keeps one of these; a plain call starts from an empty one.
 */
export interface DayTexts {
  day: number;
  dayText: string;
  offset: number;
  offsetText: string;
}

/** `+08:00`, `-03:30`; −0 and +0 are both `+00:00`. */
function formatOffset(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An instant written at a whole-minute offset: `texts` holds (and is updated to) the day's and the
 * offset's texts.
 */
export function formatWithOffset(ms: number, offset: number, zeroMillis: boolean, texts: DayTexts): string {
  const local = ms + offset * MINUTE;
  const day = Math.floor(local / DAY);
  let rest = local - day * DAY;
  const hour = Math.floor(rest / HOUR);
  rest -= hour * HOUR;
  const minute = Math.floor(rest / MINUTE);
  rest -= minute * MINUTE;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  if (day !== texts.day) {
    texts.dayText = `${formatDay(day)}T`;
    texts.day = day;
  }
  if (offset !== texts.offset) {
    texts.offsetText = formatOffset(offset);
    texts.offset = offset;
  }
  const withMillis = zeroMillis || millis !== 0;
  return withMillis
    ? `${texts.dayText}${pad(hour)}:${pad(minute)}:${pad(second)}.${pad3(millis)}${texts.offsetText}`
    : `${texts.dayText}${pad(hour)}:${pad(minute)}:${pad(second)}${texts.offsetText}`;
}

function formatLocal(ms: number, zone: string, zeroMillis: boolean): string {
  // ISO-8601 offsets are whole minutes: a historical local mean time (+08:05:43) is written rounded, with
  // the wall-clock time read at that offset, so that the text still names exactly this instant.
  const offset = Math.round(offsetAt(zone, ms));
  return formatWithOffset(ms, offset, zeroMillis, { day: Number.NaN, dayText: '', offset: Number.NaN, offsetText: '' });
}

/** ISO-8601 with milliseconds and the zone's offset, e.g. `2026-10-09T23:59:59.999+08:00`. */
export function formatInstant(ms: number, zone: string): string {
  return formatLocal(ms, zone, true);
}

/** `formatInstant` without `.000` when the milliseconds are zero, e.g. `2026-03-02T09:15:00+08:00`. */
export function formatInstantShort(ms: number, zone: string): string {
  return formatLocal(ms, zone, false);
}

/** A human duration for explanations: "2 h", "1 h 5 min", "61 s". */
export function describeDuration(ms: number): { en: string; zh: string } {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) return { en: `${sign}${abs} ms`, zh: `${sign}${abs}毫秒` };
  // Round to whole seconds first so the parts never show "60 s".
  let rest = Math.round(abs / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const en: string[] = [];
  const zh: string[] = [];
  const part = (n: number, unitEn: string, unitZh: string) => {
    if (n) {
      en.push(`${n} ${unitEn}`);
      zh.push(`${n}${unitZh}`);
    }
  };
  part(days, 'd', '天');
  part(hours, 'h', '小时');
  part(minutes, 'min', '分钟');
  part(seconds, 's', '秒');
  return { en: sign + en.join(' '), zh: sign + zh.join('') };
}
