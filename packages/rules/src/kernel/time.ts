/**
 * Instants, dates and months without luxon on the hot path. Instants are epoch milliseconds; dates are
 * "day numbers" (days since 1970-01-01). Zone offsets come from luxon's IANA data but are cached per
 * zone and quarter-hour, since every modern offset change happens on a quarter-hour boundary.
 */
import { IANAZone } from 'luxon';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Epoch ms of an ISO-8601 instant with an offset or `Z`; `undefined` when malformed or impossible. */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[8] ?? 'Z';
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 18 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * MINUTE;
}

/** Day number of a `YYYY-MM-DD` date; `undefined` when malformed or impossible. */
export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / DAY;
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

export function dayFromYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

/** The first day of a month shifted by `months` (negative allowed). */
export function firstDayOfMonth(ym: YearMonth, months = 0): number {
  return Date.UTC(ym.year, ym.month - 1 + months, 1) / DAY;
}

/** The last day of a month shifted by `months`. */
export function lastDayOfMonth(ym: YearMonth, months = 0): number {
  return Date.UTC(ym.year, ym.month + months, 0) / DAY;
}

export function formatDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export function formatMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

/** ISO weekday: 1 Monday … 7 Sunday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const QUARTER_HOUR = 15 * MINUTE;
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 50_000;

/** The zone's UTC offset in minutes at an instant. */
export function offsetAt(zone: string, ms: number): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  let perZone = offsetCache.get(zone);
  if (!perZone) {
    perZone = new Map();
    offsetCache.set(zone, perZone);
  }
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let offset = perZone.get(bucket);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(ms);
    // Bounded cache: a long-running server sees every quarter-hour of its history once.
    if (perZone.size >= OFFSET_CACHE_LIMIT) perZone.clear();
    perZone.set(bucket, offset);
  }
  return offset;
}

/** The local calendar day (day number) of an instant in a zone. */
export function localDay(ms: number, zone: string): number {
  return Math.floor((ms + offsetAt(zone, ms) * MINUTE) / DAY);
}

/** The instant of a local wall-clock time (ms since local midnight of `day`) in a zone. */
export function instantOfLocal(day: number, msOfDay: number, zone: string): number {
  const local = day * DAY + msOfDay;
  const first = local - offsetAt(zone, local) * MINUTE;
  const corrected = offsetAt(zone, first);
  return local - corrected * MINUTE;
}

/** 23:59:59.999 local time of a day: the inclusive end every day-based deadline uses. */
export function endOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day, DAY - 1, zone);
}

export function startOfLocalDay(day: number, zone: string): number {
  return instantOfLocal(day, 0, zone);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** ISO-8601 with milliseconds and the zone's offset, e.g. `2026-10-09T23:59:59.999+08:00`. */
export function formatInstant(ms: number, zone: string): string {
  const offset = offsetAt(zone, ms);
  const d = new Date(ms + offset * MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
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
