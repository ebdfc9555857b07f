/**
 * Priced results as postings: what a rule's result costs the person it names. The findings callback uses this
 * for every finding the families record; the month close uses it for the results its own steps decide (the
 * P10 ladder, joint liability), which it books itself — they never come back through the callback.
 */
import { yuanToFen } from '../../kernel/money.js';
import type { RuleResult } from '../../kernel/result.js';
import type { Sanction } from '../../kernel/sanctions.js';
import { bonusDeductionFen } from '../../policies/p09-retail-complaints/carry-over.js';
import type { Posting } from './postings.js';

/** Who a result is booked to, and where it comes from. */
export interface PricedAt {
  readonly employee: string;
  readonly month: number;
  /** The finding's department: its head is liable for its fines; the row's when unset. */
  readonly department: string | undefined;
  readonly at: number;
  readonly lines: readonly number[];
  readonly key: string | undefined;
  /** The person's monthly bonus (the organisation file's), for a deduction given as a share. */
  readonly monthlyBonus: number | undefined;
  /** Whether a breach of this rule goes to the P10 ladder (the organisation's `ladder` scope). */
  readonly inLadder: (ruleId: string) => boolean;
}

/** The `PricedAt` of a finding's person, month, department and lines (the ledger adds the rest). */
export type PricedFor = (at: Omit<PricedAt, 'monthlyBonus' | 'inLadder'>) => PricedAt;

/** One sanction as a posting. `joint`: a P10.joint-liability fine, owed by a department head. */
export function postingOfSanction(s: Sanction, joint: boolean, p: PricedAt, source: string): Posting {
  // Built field by field (no spread): one per priced sanction.
  const { employee, month, department } = p;
  switch (s.type) {
    case 'fine':
      return joint
        ? { employee, month, department, source, kind: 'joint-fine', fen: yuanToFen(s.amount), sanction: s }
        : {
            employee,
            month,
            department,
            source,
            kind: 'fine',
            fen: yuanToFen(s.amount),
            incurredIn: department,
            sanction: s,
          };
    case 'wage-deduction':
      return { employee, month, department, source, kind: 'wage', fen: yuanToFen(s.amount), sanction: s };
    case 'charge':
      return { employee, month, department, source, kind: 'charge', fen: yuanToFen(s.amount), sanction: s };
    case 'bonus-deduction': {
      const fen = bonusDeductionFen(s.amount, s.share, p.monthlyBonus);
      return {
        employee,
        month,
        department,
        source,
        kind: 'bonus-deduction',
        fen,
        underCap: false,
        clause: s.clause,
        sanction: s,
      };
    }
    case 'points':
      return { employee, month, department, source, kind: 'points', centi: Math.round(s.points * 100), sanction: s };
    default:
      return { employee, month, department, source, kind: 'sanction', sanction: s };
  }
}

/**
 * What a result costs: its sanctions; a joint-liability amount given without a sanction; a breach without a
 * price, for the P10 ladder when the rule is in its scope.
 */
export function postingsOfResult(r: RuleResult, p: PricedAt): Posting[] {
  const out: Posting[] = [];
  const source = r.ruleId;
  if (r.ruleId === 'P09.loss-share') {
    if (typeof r.value === 'number') {
      out.push({
        employee: p.employee,
        month: p.month,
        department: p.department,
        source,
        kind: 'loss-owed',
        fen: yuanToFen(r.value),
      });
    }
    return out;
  }
  const joint = r.ruleId === 'P10.joint-liability';
  for (const s of r.sanctions) out.push(postingOfSanction(s, joint, p, source));
  if (joint && r.sanctions.length === 0 && typeof r.value === 'number') {
    const sanction: Sanction = { type: 'fine', amount: r.value, clause: r.clause, note: 'joint liability' };
    out.push({
      employee: p.employee,
      month: p.month,
      department: p.department,
      source,
      kind: 'joint-fine',
      fen: yuanToFen(r.value),
      sanction,
    });
  }
  if (r.kind === 'check' && r.status === 'breached' && r.sanctions.length === 0 && p.inLadder(r.ruleId)) {
    const breach = { rule: r.ruleId, at: p.at, lines: p.lines, key: p.key, department: p.department };
    out.push({ employee: p.employee, month: p.month, department: p.department, source, kind: 'breach', breach });
  }
  return out;
}
