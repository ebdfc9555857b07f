/**
 * P09 administrative sanctions at month end (the month close's last step; 第二十四條: 警告一次，罰扣績效獎金100%…). They are priced after
 * the month's capped complaint-loss deductions (第二十一條 3, bonus.ts), one by one in time order, each through
 * P09.sanction-deduction with `alreadyDeducted` = what the bonus has already lost this month (the loss
 * deductions taken, a sanction balance carried in, the earlier sanctions of the month). So two sanctions in
 * a month, or a sanction on top of the capped losses, never take more than the whole bonus, and with the
 * rule's `sharesLossCap` set never more than the cap.
 *
 * What the rule cannot take this month (`carried`) is owed, not forgiven — the rule's own explanation says
 * it "carries into later months":
 * - with `sharesLossCap`, it joins the complaint-loss carry-over, so the next month's P09.bonus-deduction
 *   takes it in instalments within the cap (第二十一條 3 逐月分期罰扣);
 * - without (the default, catalogue Ambiguities 2), it stays outside the cap: the next month takes it first,
 *   after that month's loss deductions, from whatever its bonus leaves, and carries the rest again.
 */
import { versionAt } from '../../kernel/config.js';
import { fenToYuan, yuanToFen } from '../../kernel/money.js';
import type { RuleResult } from '../../kernel/result.js';
import {
  bonusLeftFen,
  type Debt,
  deductedSoFarFen,
  takeOldest,
} from '../../policies/p09-retail-complaints/carry-over.js';
import type { AuditEngine } from '../engine.js';
import { monthKey } from '../months.js';
import type { ImposedSanction, PersonMonth } from './book.js';
import type { Posting } from './postings.js';

const RULE = 'P09.sanction-deduction';
const CLAUSE = 'P09 第二十四條';
/** What a `sanction-imposed` event may impose (its schema's `oneOf`), all of them marks on the record. */
const IMPOSED = ['warning', 'minor-demerit', 'major-demerit', 'dismissal'] as const;
type ImposedType = (typeof IMPOSED)[number];

function isImposed(sanction: string): sanction is ImposedType {
  return (IMPOSED as readonly string[]).includes(sanction);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Time order; at the same instant an order read from the events themselves (never the line number first),
 * so the findings do not depend on the order independent lines came in.
 */
function inOrder(imposed: readonly ImposedSanction[]): ImposedSanction[] {
  return [...imposed].sort(
    (x, y) =>
      x.at - y.at ||
      compare(x.sanction, y.sanction) ||
      (x.bases ?? 1) - (y.bases ?? 1) ||
      compare(x.key ?? '', y.key ?? '') ||
      compare(x.cause ?? '', y.cause ?? '') ||
      x.line - y.line,
  );
}

function amountsOf(result: RuleResult): { amount: number; carried: number } {
  const value = result.value;
  if (value === null || typeof value !== 'object') return { amount: 0, carried: 0 };
  const { amount, carried } = value as { amount?: unknown; carried?: unknown };
  return {
    amount: typeof amount === 'number' ? amount : 0,
    carried: typeof carried === 'number' ? carried : 0,
  };
}

/** The rule's `sharesLossCap` in the configuration in force at an instant (the rule runs with that `asOf`). */
function sharesLossCap(engine: AuditEngine, at: number): boolean {
  return versionAt(engine.resolved, at).version.rules[RULE]?.sharesLossCap === true;
}

/**
 * Price a person's sanctions of the month. `carriedIn`: sanction deductions earlier months could not take
 * (outside the cap). Runs after the capped loss deductions (bonus.ts), so `pm.takenFen` is the month's.
 */
export function priceSanctions(pm: PersonMonth, carriedIn: readonly Debt[], engine: AuditEngine): Posting[] {
  const out: Posting[] = [];
  const base = { employee: pm.employee, month: pm.month, source: RULE } as const;
  const bonus = engine.people.get(pm.employee)?.monthlyBonus;
  const bonusFen = bonus === undefined ? undefined : yuanToFen(bonus);
  /** What the bonus has lost this month so far: the capped loss deductions, then each deduction below. */
  let deductedFen = pm.takenFen + pm.uncappedFen;
  let uncapped: Debt[] = [...carriedIn];
  const capped: Debt[] = [];
  if (bonusFen !== undefined && uncapped.length > 0) {
    // An older debt first: the balance carried in, from what this month's bonus still has.
    const { taken, left } = takeOldest(uncapped, bonusLeftFen(bonusFen, deductedFen));
    for (const d of taken) {
      deductedFen += d.fen;
      const sanction = {
        type: 'bonus-deduction' as const,
        amount: fenToYuan(d.fen),
        clause: CLAUSE,
        note: `owed from ${monthKey(d.from)} (carried over)`,
      };
      out.push({
        ...base,
        kind: 'bonus-deduction',
        fen: d.fen,
        underCap: false,
        from: d.from,
        clause: d.clause,
        sanction,
      });
    }
    uncapped = left;
  }
  for (const s of inOrder(pm.imposed)) {
    // The sanction itself is part of the month's record, not only what it costs (issue #15: every sanction).
    if (isImposed(s.sanction)) {
      const sanction = {
        type: s.sanction,
        clause: CLAUSE,
        ...(s.sanction === 'minor-demerit' && s.bases !== undefined && { note: `${s.bases} base(s)` }),
      };
      out.push({ ...base, kind: 'sanction', sanction });
    }
    const already = bonusFen === undefined ? 0 : deductedSoFarFen(bonusFen, deductedFen);
    const facts = {
      sanction: s.sanction,
      ...(s.bases !== undefined && { bases: s.bases }),
      // Without a bonus in the organisation file only the share is known: nothing to subtract from.
      ...(bonus !== undefined && { monthlyBonus: bonus, alreadyDeducted: fenToYuan(already) }),
    };
    const meta = {
      lines: [s.line],
      key: s.key,
      employee: pm.employee,
      department: pm.department,
      at: s.at,
      bookedByCaller: true,
    };
    const result = engine.decide(RULE, facts, meta, s.at);
    if (!result) continue;
    for (const sanction of result.sanctions) out.push({ ...base, kind: 'sanction', sanction });
    const { amount, carried } = amountsOf(result);
    if (amount > 0) {
      deductedFen += yuanToFen(amount);
      out.push({ ...base, kind: 'bonus-deduction', fen: yuanToFen(amount), underCap: false, clause: CLAUSE });
    }
    if (carried > 0) {
      const debt = { from: pm.month, fen: yuanToFen(carried), clause: CLAUSE };
      if (sharesLossCap(engine, s.at)) capped.push(debt);
      else uncapped.push(debt);
    }
  }
  if (capped.length > 0) out.push({ ...base, kind: 'carry-over', debts: capped, underCap: true });
  if (uncapped.length > 0) out.push({ ...base, kind: 'carry-over', debts: uncapped, underCap: false });
  return out;
}
