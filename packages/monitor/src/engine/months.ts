/**
 * The month a finding belongs to in the monitor's month reports: the month (in the organisation's zone) of
 * its latest event (the one that decided it, or opened what is still open); for a month-end tally with no
 * line, the month whose ledger the audit settled right after deciding it; else the month it is due in.
 */
import type { Finding } from '@kefu/rules';
import type { OrgEngine } from './judge.js';
import { dueOf } from './obligations.js';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function localMonth(iso: string, engine: OrgEngine): string | undefined {
  const { time, resolved } = engine.evaluator;
  const ms = time.parse(iso);
  return ms === undefined ? undefined : time.iso(ms, resolved.zone).slice(0, 7);
}

export function monthOfFinding(
  finding: Finding,
  closingMonth: string | undefined,
  atOfLine: ReadonlyMap<number, string>,
  engine: OrgEngine,
): string {
  const last = finding.lines.length === 0 ? undefined : Math.max(...finding.lines);
  const at = last === undefined ? undefined : atOfLine.get(last);
  if (at !== undefined) return localMonth(at, engine) ?? '';
  if (closingMonth !== undefined) return closingMonth;
  const due = dueOf(finding);
  return due === undefined ? '' : (localMonth(due, engine) ?? '');
}

/** The lines whose events' instants `monthOfFinding` needs. */
export function linesNeeded(findings: readonly Finding[]): number[] {
  const out = new Set<number>();
  for (const f of findings) if (f.lines.length > 0) out.add(Math.max(...f.lines));
  return [...out];
}
