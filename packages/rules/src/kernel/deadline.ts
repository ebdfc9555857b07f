/**
 * Deadline kinds and the status of a timed rule. Every deadline is inclusive (`actionAt <= dueAt` is on
 * time); day-based deadlines end at 23:59:59.999 local time in the organisation's zone.
 */
import type { DayInfo, WorkingDayCalendar } from './calendar/calendar.js';
import { badFact } from './errors.js';
import type { InstantCodec } from './instant-codec.js';
import type { Bilingual, DeadlineKind, Status, Warning } from './result.js';
import { firstDayOfMonth, formatDay, lastDayOfMonth, parseDate, type YearMonth, yearOfDay } from './time.js';

export interface Deadline {
  readonly kind: DeadlineKind;
  /** When the window opens (ms); `at-risk` is measured as a share of `windowStart … dueAt`. */
  readonly windowStart: number;
  readonly dueAt: number;
  readonly skipped: readonly DayInfo[];
  readonly describe: Bilingual;
  /**
   * Working-day deadlines: the stretches of the window that are days off (`[from, to)` ms), which the at-risk
   * share leaves out, so the days off of a holiday do not use up the window.
   */
  readonly daysOff?: readonly (readonly [number, number])[];
  /** Said on the result: the calendar guessed a day of this window, or ends soon after it. */
  readonly warnings?: readonly Warning[];
}

/** A working-day deadline this close to the calendar's last known day (or closer) is warned. */
const CALENDAR_END_WARNING_DAYS = 30;

export interface TimeContext {
  readonly zone: string;
  readonly calendar: WorkingDayCalendar;
  /** The codec local days and their ends are computed with (a rule body's `ctx.time`). */
  readonly time: InstantCodec;
}

export function clockDeadline(start: number, durationMs: number, describe: Bilingual): Deadline {
  return { kind: 'clock', windowStart: start, dueAt: start + durationMs, skipped: [], describe };
}

/** Due at the end of the day `days` calendar days after the start's local date. */
export function calendarDaysDeadline(start: number, days: number, ctx: TimeContext): Deadline {
  const due = ctx.time.localDay(start, ctx.zone) + days;
  return {
    kind: 'calendar-days',
    windowStart: start,
    dueAt: ctx.time.endOfLocalDay(due, ctx.zone),
    skipped: [],
    describe: {
      en: `${days} calendar day(s), by the end of ${formatDay(due)}`,
      zh: `${days}个自然日内（${formatDay(due)}止）`,
    },
  };
}

/** Due at the end of the `days`th working day after the start's local date (the start day never counts). */
export function workingDaysDeadline(
  start: number,
  days: number,
  ctx: TimeContext,
  path: readonly (string | number)[],
): Deadline {
  const startDay = ctx.time.localDay(start, ctx.zone);
  const { day, skipped } = ctx.calendar.addWorkingDays(startDay, days, path);
  const skippedText = describeSkipped(skipped);
  const daysOff = workingDaysOff(start, skipped, ctx, path);
  const warnings = calendarWarnings(startDay, day, ctx.calendar);
  return {
    kind: 'working-days',
    windowStart: start,
    dueAt: ctx.time.endOfLocalDay(day, ctx.zone),
    skipped,
    daysOff,
    ...(warnings.length > 0 && { warnings }),
    describe: {
      en: `${days} working day(s), by the end of ${formatDay(day)}${skippedText.en}`,
      zh: `${days}个工作日内（${formatDay(day)}止）${skippedText.zh}`,
    },
  };
}

/**
 * The stretches of a working-day window that are days off (`[from, to)` ms): the rest of its start day when
 * that is no working day, and every day skipped while counting. Also how a monitor rebuilds the window
 * from a result's `deadline` (its `start` and `skipped`) to find its at-risk instant.
 */
export function workingDaysOff(
  start: number,
  skipped: readonly DayInfo[],
  ctx: TimeContext,
  path: readonly (string | number)[] = [],
): (readonly [number, number])[] {
  const startDay = ctx.time.localDay(start, ctx.zone);
  const daysOff: (readonly [number, number])[] = [];
  if (!ctx.calendar.isWorkingDay(startDay, path))
    daysOff.push([start, ctx.time.startOfLocalDay(startDay + 1, ctx.zone)]);
  for (const d of skipped) {
    const off = parseDate(d.date);
    if (off !== undefined)
      daysOff.push([ctx.time.startOfLocalDay(off, ctx.zone), ctx.time.startOfLocalDay(off + 1, ctx.zone)]);
  }
  return daysOff;
}

/**
 * What a working-day deadline from `startDay` to `dueDay` should say about the calendar it was counted on:
 * that days of an unknown year were guessed (only with `unknownYears: 'weekends-only'`; otherwise counting
 * would have failed), or that the calendar's known years end within 30 days of the due day, so that
 * the next year's notice is added before deadlines run into it.
 */
function calendarWarnings(startDay: number, dueDay: number, calendar: WorkingDayCalendar): Warning[] {
  if (calendar.guessesBetween(startDay, dueDay)) {
    const year = yearOfDay(dueDay);
    return [
      {
        code: 'calendar-guessed',
        en: `the working-day calendar does not know ${year}: its days were counted as Monday–Friday working days with no holidays (unknownYears: weekends-only)`,
        zh: `工作日历未收录${year}年：该年按周一至周五工作、无节假日推算（unknownYears: weekends-only）`,
      },
    ];
  }
  const last = calendar.lastKnownDay();
  if (last === undefined || last - dueDay > CALENDAR_END_WARNING_DAYS) return [];
  const next = yearOfDay(last) + 1;
  return [
    {
      code: 'calendar-ending',
      en: `the working-day calendar ends on ${formatDay(last)}, ${last - dueDay} day(s) after this deadline: add ${next} from the State Council's notice before deadlines run into it`,
      zh: `工作日历止于${formatDay(last)}（本期限后${last - dueDay}天）：请在期限跨入${next}年前按国务院通知补充该年节假日安排`,
    },
  ];
}

/**
 * Due at the end of day `day` of the month `monthsAfter` months after the period (a day past the
 * month's end means its last day). The window opens at the start of the due month.
 */
export function dayOfMonthDeadline(period: YearMonth, day: number, monthsAfter: number, ctx: TimeContext): Deadline {
  const first = firstDayOfMonth(period, monthsAfter);
  const last = lastDayOfMonth(period, monthsAfter);
  const due = Math.min(first + day - 1, last);
  return {
    kind: 'day-of-month',
    windowStart: ctx.time.startOfLocalDay(first, ctx.zone),
    dueAt: ctx.time.endOfLocalDay(due, ctx.zone),
    skipped: [],
    describe: { en: `by the end of ${formatDay(due)}`, zh: `${formatDay(due)}前（含当日）` },
  };
}

/**
 * Due at an exact instant rather than at the end of a day ("15 minutes before the handover", "before the
 * shift changes", "by the recorded return time"). Kind `fixed`, so the verdict measures no elapsed minutes:
 * the rule reports its own measure. A window start after the due instant is taken as the due instant.
 */
export function instantDeadline(
  dueAt: number,
  windowStart: number,
  describe: Bilingual = { en: 'by the due time', zh: '截止时间前' },
): Deadline {
  return { kind: 'fixed', windowStart: Math.min(windowStart, dueAt), dueAt, skipped: [], describe };
}

/** The whole month as a window: opens at its first local midnight, due at the end of its last day (kind `fixed`). */
export function wholeMonthDeadline(month: YearMonth, ctx: TimeContext): Deadline {
  return fixedDeadline(lastDayOfMonth(month), ctx.time.startOfLocalDay(firstDayOfMonth(month), ctx.zone), ctx);
}

/** Due at the end of a fixed local date; the window opens at `windowStart`. */
export function fixedDeadline(dueDay: number, windowStart: number, ctx: TimeContext): Deadline {
  return {
    kind: 'fixed',
    windowStart,
    dueAt: ctx.time.endOfLocalDay(dueDay, ctx.zone),
    skipped: [],
    describe: { en: `by the end of ${formatDay(dueDay)}`, zh: `${formatDay(dueDay)}前（含当日）` },
  };
}

function describeSkipped(skipped: readonly DayInfo[]): Bilingual {
  if (skipped.length === 0) return { en: '', zh: '' };
  const holidays = new Map<string, { zh: string; n: number }>();
  let weekends = 0;
  for (const d of skipped) {
    if (d.holiday) {
      const entry = holidays.get(d.holiday.en) ?? { zh: d.holiday.zh, n: 0 };
      entry.n += 1;
      holidays.set(d.holiday.en, entry);
    } else weekends += 1;
  }
  const en = [...holidays].map(([name, e]) => `${e.n} day(s) of ${name}`);
  const zh = [...holidays.values()].map((e) => `${e.zh}${e.n}天`);
  if (weekends) {
    en.push(`${weekends} weekend day(s)`);
    zh.push(`周末${weekends}天`);
  }
  return { en: `; skipped ${en.join(', ')}`, zh: `，跳过${zh.join('、')}` };
}

export interface TimedJudgement {
  readonly status: Exclude<Status, 'not-applicable'>;
  /** Share of the window elapsed at `asOf` (pending rules only). */
  readonly elapsedShare?: number;
}

/**
 * The status of a timed rule: `met` when done by the due time, `breached` when done late or not done
 * and `asOf` is past it, otherwise `pending`, or `at-risk` once more than `warningShare` of the window
 * has elapsed (for a working-day deadline, of its working time: its days off count for neither). Without an
 * action and without `asOf` the status cannot be known: a typed error.
 */
export function judgeTimed(
  deadline: Deadline,
  doneAt: number | undefined,
  asOf: number | undefined,
  warningShare: number,
): TimedJudgement {
  if (doneAt !== undefined) return { status: doneAt <= deadline.dueAt ? 'met' : 'breached' };
  if (asOf === undefined) throw badFact(['asOf'], 'required to judge an action that has not happened yet');
  if (asOf > deadline.dueAt) return { status: 'breached' };
  const elapsedShare = elapsedShareAt(deadline, asOf);
  return { status: elapsedShare > warningShare ? 'at-risk' : 'pending', elapsedShare };
}

/** The share of the window elapsed at `asOf` (working time only for a working-day deadline). */
function elapsedShareAt(deadline: Deadline, asOf: number): number {
  const off = deadline.daysOff ?? [];
  const window = deadline.dueAt - deadline.windowStart - offWithin(off, deadline.dueAt);
  const elapsed = asOf - deadline.windowStart - offWithin(off, asOf);
  return window <= 0 ? 1 : Math.max(0, elapsed / window);
}

/**
 * The first instant (whole ms) at which `judgeTimed` finds this deadline, with no action, `at-risk`:
 * pending at `atRiskAt − 1`, at-risk from `atRiskAt` through `dueAt` (a window with no working time in it is
 * at-risk throughout: its start is returned). `undefined` when it never is
 * (the warning share leaves no whole millisecond before the due instant). A live monitor sets its
 * warning timer here (issue #16). Found by bisection over `judgeTimed`'s own share, so the two can
 * never disagree by a rounding; the elapsed share never falls as time passes, which bisection needs.
 */
export function atRiskAt(deadline: Deadline, warningShare: number): number | undefined {
  const atRisk = (t: number) => t <= deadline.dueAt && elapsedShareAt(deadline, t) > warningShare;
  if (!atRisk(deadline.dueAt)) return undefined;
  const opens = Math.min(deadline.windowStart, deadline.dueAt);
  // An empty window (no working time in it) is at-risk at every instant: say so from its start.
  if (atRisk(opens - 1)) return opens;
  // Before the window opens nothing has elapsed (share 0), so the search starts there.
  let lo = opens - 1;
  let hi = deadline.dueAt; // invariant: !atRisk(lo) && atRisk(hi)
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (atRisk(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** How much of the days off lies before `until`. */
function offWithin(daysOff: readonly (readonly [number, number])[], until: number): number {
  let total = 0;
  for (const [from, to] of daysOff) if (until > from) total += Math.min(to, until) - from;
  return total;
}
