import { Box, Text } from 'ink';
import {
  CALENDAR_LEGEND,
  CALENDAR_MARKERS,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarLang,
  calendarCellText,
  calendarMonthLayout,
  calendarRunText,
  invalidMonthText,
} from './text/calendar.js';

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

function cellColor(kind: CalendarDayKind | undefined): string | undefined {
  if (kind === 'holiday') return 'red';
  if (kind === 'make-up') return 'yellow';
  return undefined;
}

/**
 * One month as a Monday-first grid. Public holidays are red with a `*`, make-up working days yellow
 * with a `+`, weekends dimmed; a legend follows, then the named holidays of the month
 * (`* 1–8 National Day`). The markers keep the meaning visible without colour. The layout comes from
 * `calendarMonthLayout` (`@kefu/ui-kit/text`), which `calendarMonthText` prints as plain text.
 */
export function CalendarMonth({ year, month, days, lang = 'en' }: CalendarMonthProps) {
  const layout = calendarMonthLayout(year, month, days, lang);
  if (!layout) return <Text color="red">{invalidMonthText(year, month)}</Text>;
  const legend = CALENDAR_LEGEND[lang];

  return (
    <Box flexDirection="column">
      <Text bold>{layout.title}</Text>
      <Text bold>{layout.header}</Text>
      {layout.weeks.map((cells) => (
        <Text key={cells[0]?.id ?? 'week'}>
          {cells.map((cell, i) => (
            <Text key={cell.id} color={cellColor(cell.kind)} dimColor={cell.kind === 'weekend'}>
              {calendarCellText(cell, i === 0, i === cells.length - 1)}
            </Text>
          ))}
        </Text>
      ))}
      <Text>
        <Text color="red">{CALENDAR_MARKERS.holiday}</Text>
        {` ${legend.holiday}  `}
        <Text color="yellow">{CALENDAR_MARKERS['make-up']}</Text>
        {` ${legend.makeUp}  `}
        <Text dimColor>{legend.weekend}</Text>
      </Text>
      {layout.runs.map((run) => (
        <Text key={`${run.kind}-${run.first}`} color={cellColor(run.kind)}>
          {calendarRunText(run)}
        </Text>
      ))}
    </Box>
  );
}
