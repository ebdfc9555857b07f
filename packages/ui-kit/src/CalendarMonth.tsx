import { Box, Text } from 'ink';
import { padToWidth } from './text.js';

/** What kind of day a calendar date is. */
export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'make-up';

/** One known day of a {@link CalendarMonth}. */
export type CalendarDay = {
  /** The date, `YYYY-MM-DD`. Days outside the shown month, or malformed, are ignored. */
  readonly date: string;
  /** Working day, weekend, public holiday, or make-up working day (调休上班). */
  readonly kind: CalendarDayKind;
  /** Name of the holiday (for a make-up day: the holiday it makes up for). */
  readonly name?: string;
};

/** Display language of {@link CalendarMonth}. */
export type CalendarLang = 'en' | 'zh';

/** Props of {@link CalendarMonth}. */
export type CalendarMonthProps = {
  /** Four-digit year. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /**
   * What is known about the month's days. The list need not be complete: a date that is missing renders
   * plain (it is not guessed to be a weekend).
   */
  readonly days: readonly CalendarDay[];
  /** Language of the title, weekday names and legend; defaults to English. */
  readonly lang?: CalendarLang;
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
const WEEKDAYS: Readonly<Record<CalendarLang, readonly string[]>> = {
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  zh: ['一', '二', '三', '四', '五', '六', '日'],
};
const LEGEND: Readonly<Record<CalendarLang, { holiday: string; makeUp: string; weekend: string }>> = {
  en: { holiday: 'holiday', makeUp: 'make-up working day', weekend: 'weekend' },
  zh: { holiday: '节假日', makeUp: '调休上班', weekend: '周末' },
};

/** Marker after the day number, by kind. */
export const CALENDAR_MARKERS: Readonly<Record<CalendarDayKind, string>> = {
  workday: ' ',
  weekend: ' ',
  holiday: '*',
  'make-up': '+',
};

/** Columns per day cell: two-digit day plus a marker. */
const CELL_WIDTH = 3;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Cell = { readonly id: string; readonly day?: number; readonly kind?: CalendarDayKind };
type NamedRun = {
  readonly first: number;
  readonly last: number;
  readonly kind: CalendarDayKind;
  readonly name: string;
};

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

function indexDays(
  year: number,
  month: number,
  days: readonly CalendarDay[],
): Map<number, { kind: CalendarDayKind; name?: string }> {
  const byDay = new Map<number, { kind: CalendarDayKind; name?: string }>();
  for (const entry of days) {
    const match = DATE_PATTERN.exec(entry.date);
    if (!match) continue;
    if (Number(match[1]) !== year || Number(match[2]) !== month) continue;
    const day = Number(match[3]);
    byDay.set(day, entry.name === undefined ? { kind: entry.kind } : { kind: entry.kind, name: entry.name });
  }
  return byDay;
}

function namedRuns(byDay: Map<number, { kind: CalendarDayKind; name?: string }>, length: number): NamedRun[] {
  const runs: NamedRun[] = [];
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

/** A day cell with the space separating it from the previous one; no trailing blanks at the row end. */
function cellText(cell: Cell, first: boolean, last: boolean): string {
  const text =
    cell.day === undefined
      ? ' '.repeat(CELL_WIDTH)
      : String(cell.day).padStart(2) + CALENDAR_MARKERS[cell.kind ?? 'workday'];
  return (first ? '' : ' ') + (last ? text.trimEnd() : text);
}

function cellColor(kind: CalendarDayKind | undefined): string | undefined {
  if (kind === 'holiday') return 'red';
  if (kind === 'make-up') return 'yellow';
  return undefined;
}

/**
 * One month as a Monday-first grid. Public holidays are red with a `*`, make-up working days yellow
 * with a `+`, weekends dimmed; a legend follows, then the named holidays of the month
 * (`* 1–8 National Day`). The markers keep the meaning visible without colour.
 */
export function CalendarMonth({ year, month, days, lang = 'en' }: CalendarMonthProps) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    return <Text color="red">{`invalid month: ${year}-${month}`}</Text>;
  }
  const length = daysInMonth(year, month);
  const byDay = indexDays(year, month, days);
  const offset = mondayBasedWeekday(year, month, 1);

  const weeks: Cell[][] = [];
  let week: Cell[] = [];
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

  const title = lang === 'zh' ? `${year}年${month}月` : `${MONTHS_EN[month - 1] ?? ''} ${year}`;
  const legend = LEGEND[lang];
  const runs = namedRuns(byDay, length);

  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      <Text bold>
        {WEEKDAYS[lang]
          .map((name) => padToWidth(name, CELL_WIDTH))
          .join(' ')
          .trimEnd()}
      </Text>
      {weeks.map((cells) => (
        <Text key={cells[0]?.id ?? 'week'}>
          {cells.map((cell, i) => (
            <Text key={cell.id} color={cellColor(cell.kind)} dimColor={cell.kind === 'weekend'}>
              {cellText(cell, i === 0, i === cells.length - 1)}
            </Text>
          ))}
        </Text>
      ))}
      <Text>
        <Text color="red">*</Text>
        {` ${legend.holiday}  `}
        <Text color="yellow">+</Text>
        {` ${legend.makeUp}  `}
        <Text dimColor>{legend.weekend}</Text>
      </Text>
      {runs.map((run) => (
        <Text key={`${run.kind}-${run.first}`} color={cellColor(run.kind)}>
          {`${CALENDAR_MARKERS[run.kind]} ${run.first === run.last ? run.first : `${run.first}–${run.last}`} ${run.name}`}
        </Text>
      ))}
    </Box>
  );
}
