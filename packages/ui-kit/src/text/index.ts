/**
 * @kefu/ui-kit/text — the kit's plain-text helpers, without Ink or React: status labels, sanction lines,
 * signed points and the calendar month layout. The components print exactly these words, so an app can
 * write the same text to a pipe or a file without loading the terminal UI.
 */

export type {
  CalendarCell,
  CalendarDay,
  CalendarDayKind,
  CalendarLang,
  CalendarMonthLayout,
  CalendarRun,
} from './calendar.js';
export {
  CALENDAR_LEGEND,
  CALENDAR_MARKERS,
  calendarCellText,
  calendarLegendText,
  calendarMonthLayout,
  calendarMonthText,
  calendarMonthTitle,
  calendarRunText,
  calendarWeekdayHeader,
} from './calendar.js';
export type { FormatSanctionOptions, SanctionItem, SanctionLang } from './sanctions.js';
export { formatSanction, formatSignedPoints, SANCTION_NAMES } from './sanctions.js';
export type { BadgeLang, BadgeStatus } from './status.js';
export { STATUS_LABELS, STATUS_LABELS_EN, STATUS_LABELS_ZH, statusLabel } from './status.js';
export type {
  TableBorderStyle,
  TableColumnSpec,
  TableLayoutOptions,
  TableLine,
  TableRowValues,
  TableSegment,
} from './table.js';
export { TABLE_MIN_COLUMN_WIDTH, tableChrome, tableLayout, tableMinWidth, tableText, wrapCell } from './table.js';
export { wrapText } from './wrap.js';
