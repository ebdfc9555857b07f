/** Helpers shared by the audit's tests (not exported from the package). */
import { runAudit } from './stream.js';
import type { AuditOptions, AuditReport, Finding, OrgFile } from './types.js';

export const org: OrgFile = {
  name: 'Test office',
  households: 200,
  departments: [
    { id: 'CS', head: 'H1' },
    { id: 'ENG', head: 'H2' },
  ],
  people: [
    { id: 'H1', department: 'CS', monthlyBonus: 3000, dayWage: 300, monthlySalary: 9000, basePoints: 3 },
    { id: 'E1', department: 'CS', monthlyBonus: 1500, dayWage: 180, monthlySalary: 5400, basePoints: 2 },
    { id: 'E2', department: 'CS', monthlyBonus: 1000, dayWage: 150, monthlySalary: 4500, basePoints: 1 },
    { id: 'H2', department: 'ENG', monthlyBonus: 3000, dayWage: 300 },
    { id: 'G1', department: 'ENG', monthlyBonus: 1200, dayWage: 160 },
  ],
  // The tests exercise the ladder on other policies' breaches too (the default is P10's rules only).
  ladder: ['*'],
};

export const asOf = '2026-03-31T23:59:59+08:00';

/** An event line: `ev('complaint-received', '2026-03-02T09:00', { case: 'C1' })` (local time, +08:00). */
export function ev(type: string, local: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ type, at: `${local}:00+08:00`, ...fields });
}

export function audit(
  lines: readonly (string | Uint8Array | object)[],
  options: AuditOptions = {},
): Promise<AuditReport> {
  return runAudit(lines, { asOf, org, ...options });
}

export function findingsOf(report: AuditReport, ruleId: string): Finding[] {
  return report.findings.filter((f) => f.result.ruleId === ruleId);
}

export function only(report: AuditReport, ruleId: string): Finding {
  const found = findingsOf(report, ruleId);
  if (found.length !== 1) {
    throw new Error(`expected one ${ruleId} finding, got ${found.length}: ${JSON.stringify(report.rejected)}`);
  }
  const [f] = found;
  if (!f) throw new Error('unreachable');
  return f;
}

export function ledgerOf(report: AuditReport, employee: string, month: string) {
  return report.ledger.find((e) => e.employee === employee && e.month === month);
}

/** Every permutation of 0..n-1 (small n). */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1))
    for (let i = 0; i <= p.length; i += 1) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}
