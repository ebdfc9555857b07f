/**
 * P09 balances with the month each was first owed. 第二十一條 3 (逐月分期罰扣) takes what is owed month by month;
 * keeping the month with each part lets a deduction and a carried balance say which month they come from,
 * oldest first (an older debt is paid off before a newer one). Amounts are integer fen.
 */

/** A part of a balance: `fen` first owed in month `from` (a month index, see months.ts) under `clause`. */
export interface Debt {
  readonly from: number;
  readonly fen: number;
  readonly clause: string;
}

export function totalFen(debts: readonly Debt[]): number {
  let sum = 0;
  for (const d of debts) sum += d.fen;
  return sum;
}

/** Takes `fen` from the oldest debts first: what was taken from each, and what is left (both oldest first). */
export function takeOldest(debts: readonly Debt[], fen: number): { taken: Debt[]; left: Debt[] } {
  const sorted = [...debts].sort((a, b) => a.from - b.from);
  const taken: Debt[] = [];
  const left: Debt[] = [];
  let rest = Math.max(0, fen);
  for (const d of sorted) {
    const take = Math.min(rest, d.fen);
    rest -= take;
    if (take > 0) taken.push({ ...d, fen: take });
    if (d.fen - take > 0) left.push({ ...d, fen: d.fen - take });
  }
  return { taken, left };
}

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
