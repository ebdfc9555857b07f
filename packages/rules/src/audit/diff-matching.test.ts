/**
 * `--compare` (issue #15): one changed verdict is one row, matched by case and rule whatever lines each
 * side lists; every ledger column that changed is named (a bonus deduction falling from 1,000 to 600 too).
 */
import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../kernel/result.js';
import { compareAudits } from './diff.js';
import type { AuditReport, Finding, LedgerEntry } from './types.js';

const result = (status: RuleResult['status']): RuleResult => ({
  ruleId: 'P01.complaint-reply',
  policy: 'P01',
  clause: 'P01 投訴 4,5',
  kind: 'check',
  status,
  sanctions: [],
  explanation: { en: status ?? '', zh: status ?? '' },
  warnings: [],
});

const finding = (status: RuleResult['status'], lines: number[], key = 'C1'): Finding => ({
  lines,
  key,
  employee: 'E1',
  result: result(status),
});

const row = (bonusDeductions: number, carriedOver: number): LedgerEntry => ({
  employee: 'E1',
  month: '2026-04',
  fines: 0,
  ownFines: 0,
  jointFines: 0,
  wageDeductions: 0,
  bonusDeductions,
  carriedOver,
  charges: 0,
  score: 100,
  points: 0,
  pointsAdded: 0,
  pointsDeducted: 0,
  bonusDeductionsFrom: [],
  carriedOverFrom: [],
  sanctions: [],
});

const report = (findings: Finding[], ledger: LedgerEntry[] = []): AuditReport => ({
  summary: {} as AuditReport['summary'],
  findings,
  rejected: [],
  ledger,
});

describe('compareAudits', () => {
  it('a verdict decided from fewer lines under the stricter configuration is one row, met → breached', () => {
    const diff = compareAudits(report([finding('met', [1, 2, 3])]), report([finding('breached', [1, 2])]));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({ key: 'C1', before: { status: 'met' }, after: { status: 'breached' } });
  });

  it('several findings of one rule and case are paired in log order, not in the order they were decided', () => {
    const before = report([finding('met', [7, 9]), finding('met', [1, 2])]);
    const after = report([finding('met', [1, 2]), finding('breached', [7])]);
    expect(compareAudits(before, after).changed.map((c) => c.lines)).toEqual([[7, 9]]);
  });

  it('names every ledger column that changed: a bonus deduction 1,000 → 600 with 400 carried', () => {
    const diff = compareAudits(report([], [row(1000, 0)]), report([], [row(600, 400)]));
    expect(diff.ledger).toEqual([
      expect.objectContaining({ employee: 'E1', month: '2026-04', fields: ['bonusDeductions', 'carriedOver'] }),
    ]);
  });

  it('a row on one side only lists the columns it holds that are not zero', () => {
    const diff = compareAudits(report([], []), report([], [row(600, 0)]));
    expect(diff.ledger[0]?.fields).toEqual(['bonusDeductions', 'score']);
  });
});
