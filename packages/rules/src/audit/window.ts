/**
 * The window of dates an audit accepts (issue #13: a few bytes must never buy unbounded work). The audit
 * opens a month for every month between its first and last event, so one line dated 9999 would make it
 * judge and book some 95,000 months. A line dated outside the window is rejected as `out-of-range` before
 * it touches anything: it opens no month and no case, and moves neither the `maxDelay` horizon nor the
 * latest instant (the default `asOf`).
 *
 * With an anchor (`asOf`, else the caller's `now`): from the start of the month `maxMonths − 1` months
 * before the anchor's month to the anchor plus `maxFuture`. Without one, the accepted lines may span at
 * most `maxMonths` months; the line that would widen the span beyond is the one rejected, so which line
 * that is depends on the order of the lines — hence the advice to give `asOf` or `now`.
 */
import type { InstantCodec } from '../kernel/instant-codec.js';
import type { Bilingual } from '../kernel/result.js';
import { END_MS, FIRST_MS, FIRST_YEAR, instantYearProblem, LAST_YEAR } from '../kernel/time.js';
import { monthIndexOf, startOfMonth } from './months.js';
import type { AuditWindow } from './types.js';

export interface WindowSettings {
  readonly asOf: number | undefined;
  readonly now: number | undefined;
  readonly maxFutureMs: number;
  readonly maxFuture: string;
  readonly maxMonths: number;
  readonly zone: string;
  readonly time: InstantCodec;
}

export class DateWindow {
  private readonly anchor: 'asOf' | 'now' | 'log';
  /** First and last instant accepted (anchored); ±∞ without an anchor. */
  private from = Number.NEGATIVE_INFINITY;
  private to = Number.POSITIVE_INFINITY;
  /** Without an anchor: the months of the accepted lines so far. */
  private firstMonth = Number.POSITIVE_INFINITY;
  private lastMonth = Number.NEGATIVE_INFINITY;
  private firstMs = Number.POSITIVE_INFINITY;
  private lastMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly settings: WindowSettings) {
    const anchorMs = settings.asOf ?? settings.now;
    this.anchor = settings.asOf !== undefined ? 'asOf' : settings.now !== undefined ? 'now' : 'log';
    if (anchorMs !== undefined) this.anchorAt(anchorMs);
  }

  /** A live audit's `asOf` moved (`openAudit`): the window is the one a fresh audit with it would have. */
  moveAnchor(asOfMs: number): void {
    if (this.anchor === 'asOf') this.anchorAt(asOfMs);
  }

  private anchorAt(anchorMs: number): void {
    const { settings } = this;
    // Never wider than the years the library accepts (the summary must not promise 1926).
    const first = startOfMonth(
      monthIndexOf(anchorMs, settings.zone, settings.time) - (settings.maxMonths - 1),
      settings.zone,
      settings.time,
    );
    this.from = Math.max(first, FIRST_MS);
    this.to = Math.min(anchorMs + settings.maxFutureMs, END_MS - 1);
  }

  /**
   * Why a line dated `atMs` (its text `at`) is out of the window, or `undefined` when it is in. `monthOf`
   * is the engine's month of an instant (cached per day). Records nothing: call `accept` once it is taken.
   */
  problem(
    atMs: number,
    at: string,
    monthOf: (ms: number) => number,
    iso: (ms: number) => string,
  ): Bilingual | undefined {
    if (instantYearProblem(atMs) !== undefined) {
      return {
        en: `at ${at} is ${instantYearProblem(atMs)}`,
        zh: `at ${at} 超出 Kefu 处理的年份（${FIRST_YEAR}–${LAST_YEAR}）`,
      };
    }
    const { anchor } = this;
    const { maxFuture, maxMonths } = this.settings;
    if (atMs > this.to) {
      return {
        en: `at ${at} is after the audit's window, which ends at ${iso(this.to)} (${anchor} + maxFuture ${maxFuture})`,
        zh: `at ${at} 晚于审核窗口，窗口止于 ${iso(this.to)}（${anchor} + maxFuture ${maxFuture}）`,
      };
    }
    if (atMs < this.from) {
      return {
        en: `at ${at} is before the audit's window, which starts at ${iso(this.from)} (maxMonths ${maxMonths} months up to ${anchor}'s month)`,
        zh: `at ${at} 早于审核窗口，窗口始于 ${iso(this.from)}（截至 ${anchor} 所在月份的 maxMonths ${maxMonths} 个月）`,
      };
    }
    if (anchor !== 'log') return undefined;
    const month = monthOf(atMs);
    const span = Math.max(this.lastMonth, month) - Math.min(this.firstMonth, month) + 1;
    if (span <= maxMonths) return undefined;
    const sofar = `${iso(this.firstMs)} – ${iso(this.lastMs)}`;
    return {
      en: `at ${at} would make the log span ${span} months, more than maxMonths (${maxMonths}) from the lines accepted so far (${iso(this.firstMs)} to ${iso(this.lastMs)}); give asOf or now to anchor the window`,
      zh: `at ${at} 会使日志跨越 ${span} 个月，超过 maxMonths（${maxMonths}），已接受的行为 ${sofar}；请给出 asOf 或 now 以确定窗口`,
    };
  }

  /** A line dated `atMs` was accepted (needed only without an anchor, where the log's span is the window). */
  accept(atMs: number, monthOf: (ms: number) => number): void {
    if (this.anchor !== 'log') return;
    if (atMs < this.firstMs) {
      this.firstMs = atMs;
      this.firstMonth = monthOf(atMs);
    }
    if (atMs > this.lastMs) {
      this.lastMs = atMs;
      this.lastMonth = monthOf(atMs);
    }
  }

  /** The window in force, for the summary. */
  describe(iso: (ms: number) => string): AuditWindow {
    const anchored = this.anchor !== 'log';
    const from = anchored ? this.from : this.firstMs;
    const to = anchored ? this.to : this.lastMs;
    return {
      ...(Number.isFinite(from) && { from: iso(from) }),
      ...(Number.isFinite(to) && { to: iso(to) }),
      anchor: this.anchor,
      maxMonths: this.settings.maxMonths,
      maxFuture: this.settings.maxFuture,
    };
  }
}
