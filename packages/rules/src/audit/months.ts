/**
 * Months and days in the organisation's zone, as plain integers (month index = year × 12 + month − 1,
 * day number = days since 1970-01-01) so the per-event path does no date formatting.
 */
import type { InstantCodec } from '../kernel/instant-codec.js';
import { DAY, formatDay, ymdOfDay } from '../kernel/time.js';

export function monthIndexOfDay(day: number): number {
  const { year, month } = ymdOfDay(day);
  return year * 12 + month - 1;
}

export function monthIndexOf(ms: number, zone: string, time: InstantCodec): number {
  return monthIndexOfDay(time.localDay(ms, zone));
}

export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

export function monthIndexOfKey(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

/** Day number of the first day of a month. */
function firstDayOfMonthIndex(index: number): number {
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  return Date.UTC(y, m, 1) / DAY;
}

/** The last instant (23:59:59.999 local) of a month. */
export function endOfMonth(index: number, zone: string, time: InstantCodec): number {
  return time.endOfLocalDay(firstDayOfMonthIndex(index + 1) - 1, zone);
}

export function startOfMonth(index: number, zone: string, time: InstantCodec): number {
  return time.startOfLocalDay(firstDayOfMonthIndex(index), zone);
}

export function dayKey(ms: number, zone: string, time: InstantCodec): string {
  return formatDay(time.localDay(ms, zone));
}

export { formatDay };
