/**
 * P09 at month end (the month close's fourth step): what a person owes for complaint losses this month, plus
 * what earlier months carried over, goes through P09.bonus-deduction with this month's bonus: the rule takes
 * at most 50% of the bonus (`schedule[0]`) and the rest is carried to the next month, where it is capped
 * again. Which balance the month pays first is P09's (carry-over.ts `takeOldest`: the oldest month's).
 */
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { RuleResult } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { type Debt, takeOldest, totalFen } from '../../policies/p09-retail-complaints/carry-over.js';
import type { AuditEngine } from '../engine.js';
import { monthKey, startOfMonth } from '../months.js';
import type { PersonMonth } from './book.js';
import type { Posting } from './postings.js';

const RULE = 'P09.bonus-deduction';
/** Why a complaint loss is owed and taken in instalments (the parts' clause, the deductions' by default). */
const CLAUSE = 'P09 第二十一條 3';

function takenOf(result: RuleResult | undefined): number | undefined {
  const value = result?.value;
  if (value === null || typeof value !== 'object') return undefined;
  const { schedule, remaining } = value as { schedule?: unknown; remaining?: unknown };
  const first = Array.isArray(schedule) ? schedule[0] : undefined;
  if (typeof first !== 'number' || typeof remaining !== 'number') return undefined;
  return first;
}

/**
 * The deduction's line on the row, one per month the amount was first owed (oldest first). The rule, given
 * one month's bonus, numbers its instalment "month 1" every month; the ledger knows which month each part of
 * the balance comes from and says so instead.
 */
function bySource(d: Debt, month: number, clause: string): Sanction {
  return {
    type: 'bonus-deduction',
    amount: fenToYuan(d.fen),
    clause,
    note:
      d.from === month ? `owed from ${monthKey(month)} (this month)` : `owed from ${monthKey(d.from)} (carried over)`,
  };
}

/**
 * Runs P09.bonus-deduction on what the person owes: the balances carried in under the cap (`carried`, with
 * their months) and this month's complaint losses. Posts what is taken, by the month it was first owed, and
 * what is carried out.
 */
export function deductBonus(pm: PersonMonth, carried: readonly Debt[], engine: AuditEngine): Posting[] {
  const debts: Debt[] = [...carried];
  if (pm.cappedOwedFen > 0) debts.push({ from: pm.month, fen: pm.cappedOwedFen, clause: CLAUSE });
  const owedFen = totalFen(debts);
  if (owedFen <= 0) return [];
  const base = { employee: pm.employee, month: pm.month, source: RULE } as const;
  const bonus = engine.people.get(pm.employee)?.monthlyBonus ?? 0;
  const result = engine.decide(
    RULE,
    { owed: owedFen / 100, monthlyBonus: [bonus] },
    {
      lines: [],
      key: monthKey(pm.month),
      employee: pm.employee,
      department: pm.department,
      at: startOfMonth(pm.month, engine.zone, engine.speed.time),
      final: true,
      bookedByCaller: true,
    },
  );
  const takenYuan = takenOf(result);
  // The rule could not run (its rejection is reported): nothing is taken, everything carries over.
  if (takenYuan === undefined) return [{ ...base, kind: 'carry-over', debts, underCap: true }];
  const { taken, left } = takeOldest(debts, yuanToFen(takenYuan));
  const sanctions = result?.sanctions ?? [];
  const clause = sanctions.find((s) => s.type === 'bonus-deduction')?.clause ?? CLAUSE;
  const out: Posting[] = sanctions
    .filter((s) => s.type !== 'bonus-deduction')
    .map((sanction) => ({ ...base, kind: 'sanction', sanction }));
  for (const d of taken) {
    out.push({
      ...base,
      kind: 'bonus-deduction',
      fen: d.fen,
      underCap: true,
      from: d.from,
      clause: d.clause,
      sanction: bySource(d, pm.month, clause),
    });
  }
  if (left.length > 0) out.push({ ...base, kind: 'carry-over', debts: left, underCap: true });
  return out;
}
