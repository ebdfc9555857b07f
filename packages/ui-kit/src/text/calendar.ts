/**
 * The layout of a calendar month (no Ink): Monday-first weeks of day cells, marked `*` (holiday) and `+`
 * (make-up working day), the month title, the weekday header, the legend and the named holidays. The
 * `CalendarMonth` component colours this layout; {@link calendarMonthText} prints it as plain text, so
 * the two cannot drift apart.
 */

/** What kind of day a calendar date is. */
export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'make-up';

/** One known day of a calendar month. */
export type CalendarDay = {
  /** The date, `YYYY-MM-DD`. Days outside the shown month, or malformed, are ignored. */
  readonly date: string;
  /** Working day, weekend, public holiday, or make-up working day (调休上班). */
  readonly kind: CalendarDayKind;
  /** Name of the holiday (for a make-up day: the holiday it makes up for). */
  readonly name?: string;
};

/** Display language of a calendar month. */
export type CalendarLang = 'en' | 'zh';

/** Marker after the day number, by kind. */
export const CALENDAR_MARKERS: Readonly<Record<CalendarDayKind, string>> = {
  workday: ' ',
  weekend: ' ',
  holiday: '*',
  'make-up': '+',
};

/** The words of the legend line, by language. */
export const CALENDAR_LEGEND: Readonly<
  Record<CalendarLang, { readonly holiday: string; readonly makeUp: string; readonly weekend: string }>
> = {
  en: { holiday: 'holiday', makeUp: 'make-up working day', weekend: 'weekend' },
  zh: { holiday: '节假日', makeUp: '调休上班', weekend: '周末' },
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Weekday names, Monday first. Every name is two terminal columns wide (a CJK character takes two). */
const WEEKDAYS: Readonly<Record<CalendarLang, readonly string[]>> = {
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  zh: ['一', '二', '三', '四', '五', '六', '日'],
};
const WEEKDAY_NAME_WIDTH = 2;

/** Columns per day cell: two-digit day plus a marker. */
const CELL_WIDTH = 3;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One slot of the grid: a day of the month, or a blank before the 1st. */
export type CalendarCell = {
  /** Unique within the month (`blank-0`, `d1`, …). */
  readonly id: string;
  /** Day of the month; absent for a blank. */
  readonly day?: number;
  /** What is known about the day; absent when the day is not in the list (it renders plain). */
  readonly kind?: CalendarDayKind;
};

/** Consecutive days of one named holiday (or make-up day), named once below the grid. */
export type CalendarRun = {
  readonly first: number;
  readonly last: number;
  readonly kind: CalendarDayKind;
  readonly name: string;
};

/** Everything a calendar month shows, before styling. */
export type CalendarMonthLayout = {
  /** `February 2026` / `2026年2月`. */
  readonly title: string;
  /** `Mo  Tu  We  Th  Fr  Sa  Su` / `一  二  三  四  五  六  日`. */
  readonly header: string;
  /** Monday-first weeks; the first may start with blanks, the last may be short. */
  readonly weeks: readonly (readonly CalendarCell[])[];
  /** The named holidays and make-up days, in date order. */
  readonly runs: readonly CalendarRun[];
};

/** Whether `year`/`month` name a month a calendar can show (integers, month 1–12). */
function isCalendarMonth(year: number, month: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12;
}

/** The line shown instead of a grid for an invalid month (internal: used by `CalendarMonth` too). */
export function invalidMonthText(year: number, month: number): string {
  return `invalid month: ${year}-${month}`;
}

/** `February 2026`, or `2026年2月` in Chinese. */
export function calendarMonthTitle(year: number, month: number, lang: CalendarLang = 'en'): string {
  return lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

/** The weekday names aligned over the day cells, Monday first, with no trailing blanks. */
export function calendarWeekdayHeader(lang: CalendarLang = 'en'): string {
  return WEEKDAYS[lang]
    .map((name) => name + ' '.repeat(CELL_WIDTH - WEEKDAY_NAME_WIDTH))
    .join(' ')
    .trimEnd();
}

/**
 * The legend as plain text: `* holiday  + make-up working day`, followed by `  weekend` when `weekend` is
 * true (the weekend entry only means something where weekends are dimmed).
 */
export function calendarLegendText(lang: CalendarLang = 'en', { weekend = false }: { weekend?: boolean } = {}): string {
  const legend = CALENDAR_LEGEND[lang];
  const text = `${CALENDAR_MARKERS.holiday} ${legend.holiday}  ${CALENDAR_MARKERS['make-up']} ${legend.makeUp}`;
  return weekend ? `${text}  ${legend.weekend}` : text;
}

/** A day cell with the space separating it from the previous one; no trailing blanks at the row end. */
export function calendarCellText(cell: CalendarCell, first: boolean, last: boolean): string {
  const text =
    cell.day === undefined
      ? ' '.repeat(CELL_WIDTH)
      : String(cell.day).padStart(2) + CALENDAR_MARKERS[cell.kind ?? 'workday'];
  return (first ? '' : ' ') + (last ? text.trimEnd() : text);
}

/** One week as a line of text. */
function calendarWeekText(cells: readonly CalendarCell[]): string {
  return cells.map((cell, i) => calendarCellText(cell, i === 0, i === cells.length - 1)).join('');
}

/** `* 15–23 Spring Festival`, `+ 14 Spring Festival`. */
export function calendarRunText(run: CalendarRun): string {
  const span = run.first === run.last ? `${run.first}` : `${run.first}–${run.last}`;
  return `${CALENDAR_MARKERS[run.kind]} ${span} ${run.name}`;
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
function mondayBasedWeekday(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (date.getUTCDay() + 6) % 7;
}

type DayInfo = { readonly kind: CalendarDayKind; readonly name?: string };

function indexDays(year: number, month: number, days: readonly CalendarDay[]): Map<number, DayInfo> {
  const byDay = new Map<number, DayInfo>();
  for (const entry of days) {
    const match = DATE_PATTERN.exec(entry.date);
    if (!match) continue;
    if (Number(match[1]) !== year || Number(match[2]) !== month) continue;
    const day = Number(match[3]);
    byDay.set(day, entry.name === undefined ? { kind: entry.kind } : { kind: entry.kind, name: entry.name });
  }
  return byDay;
}

function namedRuns(byDay: Map<number, DayInfo>, length: number): CalendarRun[] {
  const runs: CalendarRun[] = [];
  for (let day = 1; day <= length; day += 1) {
    const info = byDay.get(day);
    if (!info?.name || (info.kind !== 'holiday' && info.kind !== 'make-up')) continue;
    const previous = runs.at(-1);
    if (previous && previous.last === day - 1 && previous.kind === info.kind && previous.name === info.name) {
      runs[runs.length - 1] = { ...previous, last: day };
    } else {
      runs.push({ first: day, last: day, kind: info.kind, name: info.name });
    }
  }
  return runs;
}

/**
 * The layout of one month, or `undefined` when `year`/`month` do not name one (integers, month
 * 1–12). `days` need not be complete: a missing date has no `kind` and renders plain.
 */
export function calendarMonthLayout(
  year: number,
  month: number,
  days: readonly CalendarDay[],
  lang: CalendarLang = 'en',
): CalendarMonthLayout | undefined {
  if (!isCalendarMonth(year, month)) return undefined;
  const length = daysInMonth(year, month);
  const byDay = indexDays(year, month, days);
  const offset = mondayBasedWeekday(year, month, 1);

  const weeks: CalendarCell[][] = [];
  let week: CalendarCell[] = [];
  for (let slot = 0; slot < offset; slot += 1) week.push({ id: `blank-${slot}` });
  for (let day = 1; day <= length; day += 1) {
    const kind = byDay.get(day)?.kind;
    week.push(kind === undefined ? { id: `d${day}`, day } : { id: `d${day}`, day, kind });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push(week);

  return {
    title: calendarMonthTitle(year, month, lang),
    header: calendarWeekdayHeader(lang),
    weeks,
    runs: namedRuns(byDay, length),
  };
}

/**
 * One month as plain text, line for line what `CalendarMonth` draws without colour: title, weekday
 * header, the weeks, the legend (without the weekend entry, which only colour shows) and the named
 * holidays. An invalid month gives `invalid month: <year>-<month>`.
 */
export function calendarMonthText(
  year: number,
  month: number,
  days: readonly CalendarDay[],
  lang: CalendarLang = 'en',
): string {
  const layout = calendarMonthLayout(year, month, days, lang);
  if (!layout) return invalidMonthText(year, month);
  return [
    layout.title,
    layout.header,
    ...layout.weeks.map(calendarWeekText),
    calendarLegendText(lang),
    ...layout.runs.map(calendarRunText),
  ].join('\n');
}
