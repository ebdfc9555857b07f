/**
 * P09 at month end: what a person owes for complaint losses this month, plus what earlier months carried
 * over, goes through P09.bonus-deduction with this month's bonus: the rule takes at most 50% of the bonus
 * (`schedule[0]`) and the rest (`remaining`) is carried to the next month, where it is capped again.
 */
import { fenToYuan } from '../../kernel/money.js';
import type { RuleResult } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import { fen, type PersonMonth } from './book.js';
import { type Debt, takeOldest, totalFen } from './debts.js';

/** Why a complaint loss is owed and taken in instalments (the parts' clause, the deductions' by default). */
const CLAUSE = 'P09 第二十一條 3';

function scheduleOf(result: RuleResult | undefined): { taken: number; remaining: number } | undefined {
  const value = result?.value;
  if (value === null || typeof value !== 'object') return undefined;
  const { schedule, remaining } = value as { schedule?: unknown; remaining?: unknown };
  const first = Array.isArray(schedule) ? schedule[0] : undefined;
  if (typeof first !== 'number' || typeof remaining !== 'number') return undefined;
  return { taken: first, remaining };
}

/**
 * The deduction's sanctions, one per month the amount was first owed (oldest first). The rule, given one
 * month's bonus, numbers its instalment "month 1" every month; the ledger knows which month each part of the
 * balance comes from and says so instead.
 */
function bySource(taken: readonly Debt[], month: number, clause: string): Sanction[] {
  return taken.map((d) => ({
    type: 'bonus-deduction' as const,
    amount: fenToYuan(d.fen),
    clause,
    note:
      d.from === month ? `owed from ${monthKey(month)} (this month)` : `owed from ${monthKey(d.from)} (carried over)`,
  }));
}

/**
 * Runs P09.bonus-deduction on what the person owes: the balances carried in (`carried`, with their months) and
 * this month's complaint losses. Returns what is carried out, with the months it was first owed.
 */
export function deductBonus(pm: PersonMonth, carried: readonly Debt[], engine: AuditEngine): Debt[] {
  const debts: Debt[] = [...carried];
  if (pm.cappedOwedFen > 0) debts.push({ from: pm.month, fen: pm.cappedOwedFen, clause: CLAUSE });
  const owedFen = totalFen(debts);
  if (owedFen <= 0) return [];
  const bonus = engine.people.get(pm.employee)?.monthlyBonus ?? 0;
  const result = engine.decide(
    'P09.bonus-deduction',
    { owed: owedFen / 100, monthlyBonus: [bonus] },
    {
      lines: [],
      key: monthKey(pm.month),
      employee: pm.employee,
      department: pm.department,
      at: startOfMonth(pm.month, engine.zone, engine.speed.time),
      final: true,
    },
  );
  const schedule = scheduleOf(result);
  if (schedule === undefined) {
    // The rule could not run (its rejection is reported): nothing is taken, everything carries over.
    pm.carriedFen = owedFen;
    return debts;
  }
  pm.takenFen = fen(schedule.taken);
  // Oldest first: what the rule takes pays off the earliest month's balance before this month's.
  const { taken, left } = takeOldest(debts, pm.takenFen);
  pm.bonusFrom.push(...taken);
  const sanctions = result?.sanctions ?? [];
  const clause = sanctions.find((s) => s.type === 'bonus-deduction')?.clause ?? CLAUSE;
  pm.sanctions.push(...sanctions.filter((s) => s.type !== 'bonus-deduction'), ...bySource(taken, pm.month, clause));
  pm.carriedFen = fen(schedule.remaining);
  return left;
}
