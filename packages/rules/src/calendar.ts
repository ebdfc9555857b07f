/**
 * `@kefu/rules/calendar`: China's working-day calendar alone, without the rules, for a browser or an edge
 * function that only counts working days (a bundle of a few tens of KB instead of the whole package). The
 * same functions as the main entry's, answering the same outcomes.
 */
export * from './calendar-api.js';
export type { DayInfo, DayReason, HolidayKey, HolidayPeriod } from './kernel/calendar/calendar.js';
export type { HolidayName } from './kernel/calendar/data.js';
export type { ErrorCode, Issue, KefuError } from './kernel/errors.js';
