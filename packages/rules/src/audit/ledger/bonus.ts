/**
 * P09 at month end: what a person owes for complaint losses this month, plus what earlier months carried
 * over, goes through P09.bonus-deduction with this month's bonus: the rule takes at most 50% of the bonus
 * (`schedule[0]`) and the rest (`remaining`) is carried to the next month, where it is capped again.
 */
import type { RuleResult } from '../../kernel/result.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import { fen, type PersonMonth } from './book.js';

function scheduleOf(result: RuleResult | undefined): { taken: number; remaining: number } | undefined {
  const value = result?.value;
  if (value === null || typeof value !== 'object') return undefined;
  const { schedule, remaining } = value as { schedule?: unknown; remaining?: unknown };
  const first = Array.isArray(schedule) ? schedule[0] : undefined;
  if (typeof first !== 'number' || typeof remaining !== 'number') return undefined;
  return { taken: first, remaining };
}

export function deductBonus(pm: PersonMonth, carried: number, engine: AuditEngine): number {
  const owedFen = carried + pm.cappedOwedFen;
  if (owedFen <= 0) return 0;
  const bonus = engine.people.get(pm.employee)?.monthlyBonus ?? 0;
  const result = engine.decide(
    'P09.bonus-deduction',
    { owed: owedFen / 100, monthlyBonus: [bonus] },
    {
      lines: [],
      key: monthKey(pm.month),
      employee: pm.employee,
      department: pm.department,
      at: startOfMonth(pm.month, engine.zone),
      final: true,
    },
  );
  const schedule = scheduleOf(result);
  if (schedule === undefined) {
    // The rule could not run (its rejection is reported): nothing is taken, everything carries over.
    pm.carriedFen = owedFen;
    return owedFen;
  }
  pm.takenFen = fen(schedule.taken);
  if (result) pm.sanctions.push(...result.sanctions);
  pm.carriedFen = fen(schedule.remaining);
  return pm.carriedFen;
}
