/**
 * The periods a periodic rule is owed for (months, days, halves, next years, holidays), which of them the
 * log's span covers, and the record of those already judged.
 */
import { parseDate, parseInstant, parseMonth } from '../../../kernel/time.js';
import type { AuditEngine } from '../../engine.js';
import { formatDay, monthIndexOfKey, monthKey, startOfMonth } from '../../months.js';

export type PeriodKind = 'month' | 'next-month' | 'date' | 'holiday' | 'half' | 'next-year';

const HOLIDAYS = ['new-year', 'spring-festival', 'labour-day', 'national-day'] as const;

/** Month keys, local days, halves, next years and holidays that the log's span covers. */
export function periodsOf(kind: PeriodKind, engine: AuditEngine): string[] {
  if (engine.first === Number.POSITIVE_INFINITY) return [];
  const firstMonth = engine.month(engine.first);
  const lastMonth = engine.month(engine.latest);
  const months: number[] = [];
  for (let m = firstMonth; m <= lastMonth; m += 1) months.push(m);
  switch (kind) {
    case 'month':
      return months.map(monthKey);
    case 'next-month':
      // The roster of month M+1 is due by the end of M: M in the span.
      return months.map((m) => monthKey(m + 1));
    case 'date': {
      const days: string[] = [];
      const last = engine.speed.time.localDay(engine.latest, engine.zone);
      for (let d = engine.speed.time.localDay(engine.first, engine.zone); d <= last; d += 1) days.push(formatDay(d));
      return days;
    }
    case 'half':
      return [...new Set(months.map((m) => `${Math.floor(m / 12)}-H${m % 12 < 6 ? 1 : 2}`))];
    case 'next-year':
      return [...new Set(months.map((m) => String(Math.floor(m / 12) + 1)))];
    case 'holiday': {
      // Holiday rosters due inside the span. When one is due is the rule's to say (a week before the break's
      // first day off, with the configured lead): it is asked, not worked out again here. A year the
      // calendar does not know gives no due time, so no obligation is placed in it.
      const firstDay = engine.speed.time.localDay(engine.first, engine.zone);
      const lastDay = engine.speed.time.localDay(engine.latest, engine.zone);
      const out: string[] = [];
      const years = new Set(months.map((m) => Math.floor(m / 12)));
      for (const year of [...years, Math.max(...years) + 1]) {
        for (const holiday of HOLIDAYS) {
          const dueAt = engine.probe('P14.holiday-roster', { holiday, year }, engine.latest)?.dueAt;
          const due = dueAt === undefined ? undefined : parseInstant(dueAt);
          if (due === undefined) continue;
          const dueDay = engine.speed.time.localDay(due, engine.zone);
          if (dueDay >= firstDay && dueDay <= lastDay) out.push(`${year} ${holiday}`);
        }
      }
      return out;
    }
  }
}

export function periodStart(kind: PeriodKind, period: string, engine: AuditEngine): number {
  if (kind === 'month' || kind === 'next-month')
    return startOfMonth(monthIndexOfKey(period), engine.zone, engine.speed.time);
  return engine.first;
}

export function validPeriod(kind: PeriodKind, period: string): boolean {
  switch (kind) {
    case 'month':
    case 'next-month':
      return parseMonth(period) !== undefined;
    case 'date':
      return parseDate(period) !== undefined;
    case 'holiday':
      return /^\d{4} [a-z-]+$/.test(period);
    case 'half':
      return /^\d{4}-H[12]$/.test(period);
    case 'next-year':
      return /^\d{4}$/.test(period);
  }
}

/** `2026-H1`, from `2026-H1` or from `H1` with a year. */
export function halfKey(half: string, year: number | undefined): string {
  return /^H[12]$/.test(half) && year !== undefined ? `${year}-${half}` : half;
}

/**
 * The periods already judged, by rule and unit (`rule \0 unit`). Missing reports are judged only at the end
 * (a report may come any time later), so these are kept for the whole log: a daily report's period is kept
 * as its day number, a small fraction of the memory of a text key (a log of years holds one per unit and
 * day). Plain data: it is part of the family's checkpoint.
 */
export type JudgedPeriods = Map<string, Set<number | string>>;

/** Marks the period judged; false when it already was. */
/** Undo {@link markJudged}: the report that marked the period was refused, so the period is still owed one. */
export function unmarkJudged(
  judged: JudgedPeriods,
  rule: string,
  unit: string,
  kind: PeriodKind,
  period: string,
): void {
  judged.get(`${rule}\u0000${unit}`)?.delete(kind === 'date' ? (parseDate(period) ?? period) : period);
}

export function markJudged(
  judged: JudgedPeriods,
  rule: string,
  unit: string,
  kind: PeriodKind,
  period: string,
): boolean {
  const key = `${rule}\u0000${unit}`;
  let periods = judged.get(key);
  if (!periods) {
    periods = new Set();
    judged.set(key, periods);
  }
  const id = kind === 'date' ? (parseDate(period) ?? period) : period;
  if (periods.has(id)) return false;
  periods.add(id);
  return true;
}
