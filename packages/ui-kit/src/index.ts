/**
 * @kefu/ui-kit — the Ink components the kefu CLI is built from. Generic on purpose: props are small
 * structural types, so the kit does not depend on the rule engine. The plain-text helpers the components
 * print with (labels, sanction lines, the calendar layout) live in `./text/` and are also published,
 * without Ink or React, as `@kefu/ui-kit/text`; this entry re-exports them all.
 */

export type { CalendarMonthProps } from './CalendarMonth.js';
export { CalendarMonth } from './CalendarMonth.js';
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
export type { SanctionListProps } from './SanctionList.js';
export { SanctionList } from './SanctionList.js';
export type { SelectListItem, SelectListProps } from './SelectList.js';
export { SelectList } from './SelectList.js';
export type { StatusBadgeProps } from './StatusBadge.js';
export { STATUS_COLORS, StatusBadge } from './StatusBadge.js';
export type { TableColumn, TableProps, TableRow } from './Table.js';
export { Table } from './Table.js';
export * from './text/index.js';
