/**
 * Month counters: what one family counts for a month so that another judges it when the month closes
 * (a callback a complaint or a service logs, counted for P08's monthly callbacks; a complaint, a violation,
 * an accident counted against a department for P04's month without incidents). Each counter is declared
 * once, by the family that reports it (`counters.ts` in its folder), and the families that feed it import
 * it: a typo is a compile error, not a count that silently goes nowhere. The engine keeps the counts (they
 * are part of the audit's state).
 */

/** A count per month. */
export interface MonthCounter {
  readonly name: string;
  readonly per: 'month';
}

/** A count per department per month. */
export interface DepartmentCounter {
  readonly name: string;
  readonly per: 'department';
}

export type Counter = MonthCounter | DepartmentCounter;

export const monthCounter = (name: string): MonthCounter => ({ name, per: 'month' });
export const departmentCounter = (name: string): DepartmentCounter => ({ name, per: 'department' });

/** The key the engine keeps a counter's counts under (a department's: the counter's name and the department). */
export function tallyKey(counter: Counter, department?: string): string {
  return counter.per === 'department' ? `${counter.name}\u0000${department ?? ''}` : counter.name;
}
