/**
 * Open obligations from the end-of-log judgement: every provisional finding that is pending, at-risk, or
 * breached with nothing done yet, and has a due instant. Its id stays the same for the same rule, case or
 * person and window across ingestions and restarts; its at-risk instant is the audit's own (`resultAtRiskAt`).
 */
import { type Finding, resultAtRiskAt } from '@kefu/rules';
import { obligationId } from '../ids.js';
import type { OrgEngine } from './judge.js';

type ObligationStatus = 'pending' | 'at-risk' | 'breached';

export interface Obligation {
  readonly id: string;
  readonly rule: string;
  readonly status: ObligationStatus;
  readonly atRiskAt: Date | undefined;
  readonly dueAt: Date;
  readonly finding: Finding;
}

const OPEN: ReadonlySet<string> = new Set(['pending', 'at-risk', 'breached']);

export function dueOf(finding: Finding): string | undefined {
  return finding.result.dueAt ?? finding.result.deadline?.dueAt;
}

/** The obligation a provisional finding stands for, or `undefined` (settled, or nothing is due). */
export function obligationOf(finding: Finding, engine: OrgEngine): Obligation | undefined {
  const { result } = finding;
  const due = dueOf(finding);
  if (result.status === undefined || !OPEN.has(result.status) || due === undefined) return undefined;
  const id = obligationIdOf(finding);
  const atRisk = resultAtRiskAt(result, engine.evaluator);
  return {
    id,
    rule: result.ruleId,
    status: result.status as ObligationStatus,
    atRiskAt: atRisk === undefined ? undefined : new Date(atRisk),
    dueAt: new Date(due),
    finding,
  };
}

export function obligationIdOf(finding: Finding): string {
  const { result } = finding;
  return obligationId([
    result.ruleId,
    finding.key,
    finding.employee,
    finding.department,
    result.deadline?.start,
    dueOf(finding),
  ]);
}

/**
 * The next instant an obligation's timer should fire: its at-risk instant while no at-risk or breach alert
 * was raised for it, then one millisecond after its due instant (deadlines are inclusive: `judgeTimed`
 * says breached only after it) while no breach alert was; none once both are.
 */
export function nextTimer(
  o: Obligation,
  alerted: { readonly atRisk: boolean; readonly breached: boolean },
): Date | null {
  if (alerted.breached) return null;
  if (o.status === 'breached') return breachInstant(o.dueAt);
  if (o.atRiskAt !== undefined && !alerted.atRisk) return o.atRiskAt;
  return breachInstant(o.dueAt);
}

export function breachInstant(due: Date): Date {
  return new Date(due.getTime() + 1);
}
