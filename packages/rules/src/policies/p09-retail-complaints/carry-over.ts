/**
 * The order of P09's bonus deductions and carried balances at a month's close (第二十一條 3: 客戶投訴罰扣最高金額以
 * 全月績效獎金50%為準，該月份超過50%以上者逐月分期罰扣; 第二十四條 行政罰扣折算). The rules P09.bonus-deduction and
 * P09.sanction-deduction say how much one month takes; these functions say from which balance, in which month
 * order, and what is left for the next month. Amounts are integer fen; months are month indexes.
 *
 * - Oldest first: what a month takes pays off the earliest month's balance before a later one's (逐月分期: the
 *   instalments pay the debt in the order it was incurred), so a carried balance never waits behind a newer one.
 * - The capped complaint losses are taken first (under the 50% cap); an administrative sanction's balance carried
 *   in outside the cap is taken next, from what the bonus has left; this month's sanctions last, each seeing what
 *   the bonus has already lost (`deductedSoFar`), so a month never loses more than its whole bonus.
 */
import { mulDivFen, yuanToFen } from '../../kernel/money.js';

/** A part of a balance: `fen` first owed in month `from` under `clause`. */
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

/**
 * Takes `fen` from the balances, oldest month first: what was taken from each and what is left to carry
 * (both oldest first; balances of the same month keep their order).
 */
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

/** What the month's bonus can still give after `deductedFen` (never negative): room for a balance carried in. */
export function bonusLeftFen(bonusFen: number, deductedFen: number): number {
  return Math.max(0, bonusFen - deductedFen);
}

/** What a sanction is told the bonus has already lost this month: at most the whole bonus. */
export function deductedSoFarFen(bonusFen: number, deductedFen: number): number {
  return Math.min(bonusFen, deductedFen);
}

/**
 * A bonus deduction in fen: its amount when it gives one, else its share of the month's bonus (第二十四條 gives
 * shares: 警告 100%, 小過 30% a base), rounded half up to the fen on the exact decimal product; 0 when only the
 * share is known and the bonus is not.
 */
export function bonusDeductionFen(
  amount: number | undefined,
  share: number | undefined,
  monthlyBonus: number | undefined,
): number {
  if (amount !== undefined) return yuanToFen(amount);
  if (share === undefined || monthlyBonus === undefined) return 0;
  return mulDivFen(yuanToFen(monthlyBonus), share, 1);
}
