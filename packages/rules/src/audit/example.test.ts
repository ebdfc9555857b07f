/**
 * The example office: the seeded generator's month (examples/generate.mjs, the one committed under
 * examples/property-office) runs with no rejected line, exercises all fourteen policies, and has breaches.
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../examples/generate.mjs';
import { rules } from '../registry.js';
import { runAudit } from './stream.js';

describe('example property office', () => {
  it('is deterministic, fully read, and exercises every policy', async () => {
    const office = generateOffice();
    const lines = [...office.events()];
    expect([...generateOffice().events()]).toEqual(lines);
    const report = await runAudit(lines, { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config });
    expect(report.summary).toMatchObject({ lines: lines.length, rejected: 0, unjudged: 0 });
    const policies = new Set(report.findings.map((f) => f.result.policy));
    expect([...policies].sort()).toEqual(Array.from({ length: 14 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`));
    const breached = new Set(report.findings.filter((f) => f.result.status === 'breached').map((f) => f.result.policy));
    for (const p of ['P01', 'P02', 'P04', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14']) {
      expect(breached).toContain(p);
    }
    // Every check rule shows up at least once in the month: the half-year survey (P01 走訪 3,4), the
    // community-culture plan (P01 社區文化 1,3) and the rebate reports (P10 (一)1,2) included.
    const seen = new Set(report.findings.map((f) => f.result.ruleId));
    const missing = rules.filter((r) => r.kind === 'check' && !seen.has(r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
    const breachedRules = new Set(
      report.findings.filter((f) => f.result.status === 'breached').map((f) => f.result.ruleId),
    );
    for (const id of ['P01.survey-issue', 'P01.community-plan', 'P10.rebate-report'])
      expect(breachedRules).toContain(id);
    const april = report.ledger.filter((e) => e.month === '2026-04');
    expect(april).toHaveLength(office.org.people.length);
    // P09 第二十一條 3 and 第二十四條: complaint losses and sanctions never take more than the month's bonus.
    for (const e of april) {
      const bonus = office.org.people.find((p) => p.id === e.employee)?.monthlyBonus ?? 0;
      expect(e.bonusDeductions).toBeLessThanOrEqual(bonus);
    }
  });
});
