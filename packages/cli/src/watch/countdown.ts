/**
 * The words `kefu watch` draws with: time left until a due instant, counting down, and an instant as the
 * organisation wrote it. Plain functions of their inputs (the screen passes the clock in), so a test gives
 * the exact text.
 */
import type { Lang } from '../context.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const two = (n: number): string => String(n).padStart(2, '0');

/** The two largest units of a span: `2 d 03 h`, `1 h 05 m`, `4 m 09 s`, `9 s` (二天三小时 … in Chinese). */
function span(ms: number, lang: Lang): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const seconds = Math.floor((ms % MINUTE) / SECOND);
  if (lang === 'zh') {
    if (days > 0) return `${days}天${hours}小时`;
    if (hours > 0) return `${hours}小时${minutes}分`;
    if (minutes > 0) return `${minutes}分${seconds}秒`;
    return `${seconds}秒`;
  }
  if (days > 0) return `${days} d ${two(hours)} h`;
  if (hours > 0) return `${hours} h ${two(minutes)} m`;
  if (minutes > 0) return `${minutes} m ${two(seconds)} s`;
  return `${seconds} s`;
}

/**
 * Time left until `dueAt` at `now`, or how long ago it passed (`overdue 3 m 10 s`, `已超时3分10秒`): a due
 * instant passes on screen a moment before the monitor's breach alert reaches it.
 */
export function timeLeft(dueAt: string, now: Date, lang: Lang): string {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return '?';
  // Whole seconds left, rounded up: a deadline 0.4 s away still shows 1 s, never "0 s" before it passes.
  const left = Math.ceil((due - now.getTime()) / SECOND) * SECOND;
  if (left > 0) return span(left, lang);
  const over = span(-left, lang);
  return lang === 'zh' ? `已超时${over}` : `overdue ${over}`;
}

/**
 * `2026-10-09T23:59:59.999+08:00` as `10-09 23:59`: the wall time the organisation's zone shows, read from
 * the instant as written (the monitor writes due times in the organisation's zone), not the terminal's.
 */
export function shortInstant(iso: string): string {
  const match = /^\d{4}-(\d\d-\d\d)T(\d\d:\d\d)/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}
