/**
 * @kefu/ui-kit — the Ink components the kefu CLI is built from. Generic on purpose: props are small
 * structural types, so the kit does not depend on the rule engine.
 */

export type { CalendarDay, CalendarDayKind, CalendarLang, CalendarMonthProps } from './CalendarMonth.js';
export { CALENDAR_MARKERS, CalendarMonth } from './CalendarMonth.js';
export type { ExplanationProps } from './Explanation.js';
export { Explanation } from './Explanation.js';
export type { HeaderProps, TitleProps } from './Header.js';
export { Header, Title } from './Header.js';
export type { KeyValueProps, KeyValueValue } from './KeyValue.js';
export { formatKeyValue, KeyValue } from './KeyValue.js';
export type { PolicyListItem, PolicyListProps } from './PolicyList.js';
export { PolicyList } from './PolicyList.js';
export type { ProgressBarProps, ProgressState } from './ProgressBar.js';
export { DEFAULT_PROGRESS_WIDTH, ProgressBar, progressState } from './ProgressBar.js';
export type { SanctionItem, SanctionLang, SanctionListProps } from './SanctionList.js';
export { formatSanction, formatSignedPoints, SANCTION_NAMES, SanctionList } from './SanctionList.js';
export type { SelectListItem, SelectListProps } from './SelectList.js';
export { SelectList } from './SelectList.js';
export type { BadgeLang, BadgeStatus, StatusBadgeProps } from './StatusBadge.js';
export {
  STATUS_COLORS,
  STATUS_LABELS,
  STATUS_LABELS_EN,
  STATUS_LABELS_ZH,
  StatusBadge,
  statusLabel,
} from './StatusBadge.js';
export type { TableColumn, TableProps, TableRow } from './Table.js';
export { Table } from './Table.js';
