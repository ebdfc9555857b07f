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

// Instants are parsed by hand (char codes, no regex, no Date): the audit parses millions of them.
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** Epoch ms of an ISO-8601 instant with an offset or `Z`; `undefined` when malformed or impossible. */
export function parseInstant(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  return parseInstantText(text);
}

function parseInstantText(text: string): number | undefined {
  if (text.length < 17) return undefined;
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58
  ) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(i) === 58) {
    second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      let j = i + 1;
      let scale = 100;
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
        if (j - i > 9) return undefined;
        millis += (text.charCodeAt(j) - 48) * scale;
        scale /= 10;
        j += 1;
      }
      if (j === i + 1) return undefined;
      millis = Math.floor(millis);
      i = j;
    }
  }
  let offsetMinutes = 0;
  const rest = text.length - i;
  const sign = text.charCodeAt(i);
  if (sign === 90 && rest === 1) offsetMinutes = 0;
  else if ((sign === 43 || sign === 45) && (rest === 6 || rest === 5)) {
    const oh = digits(text, i + 1, 2);
    const om = rest === 6 ? (text.charCodeAt(i + 3) === 58 ? digits(text, i + 4, 2) : -1) : digits(text, i + 3, 2);
    if (oh < 0 || om < 0 || oh > 18 || om > 59) return undefined;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  const days = dayFromYmd(year, month, day);
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
