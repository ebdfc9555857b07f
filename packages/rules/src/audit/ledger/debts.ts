/**
 * P09 balances as a ledger row lists them: parts of the same month and clause joined, oldest first. (Which
 * balance a month pays first is P09's: policies/p09-retail-complaints/carry-over.ts.)
 */
import type { Debt } from '../../policies/p09-retail-complaints/carry-over.js';

/** Parts of the same month and clause joined, oldest first (a row lists each origin once). */
export function merged(debts: readonly Debt[]): Debt[] {
  const byKey = new Map<string, Debt>();
  for (const d of debts) {
    const key = `${d.from}\u0000${d.clause}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, fen: seen.fen + d.fen } : d);
  }
  return [...byKey.values()].sort((a, b) => a.from - b.from || (a.clause < b.clause ? -1 : 1));
}
