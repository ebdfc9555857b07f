/**
 * The `rules` option: only the named rules and policies are evaluated. A restricted audit must give exactly
 * the full audit's findings of those rules — the correlation it skips for the other rules must not change
 * a verdict — and an unknown name is an error, never an audit that silently evaluates nothing.
 * Seed clauses exercised: P12 4.2.2(3) (lateness points, booked through the month's score) and, through the
 * example office, every policy's clauses.
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../examples/generate.mjs';
import { policies } from '../registry.js';
import { validateAuditOptions } from './options.js';
import { runAudit, streamAudit } from './stream.js';
import { audit, ev, ledgerOf } from './test-kit.js';
import type { AuditReport } from './types.js';

const office = generateOffice();
const lines = [...office.events()];
const options = { asOf: '2026-05-01T00:00:00+08:00', org: office.org, config: office.config };
let full: AuditReport | undefined;
async function fullAudit(): Promise<AuditReport> {
  full ??= await runAudit(lines, options);
  return full;
}

describe('rules: which rules are evaluated', () => {
  it('gives, for each policy alone, exactly the full audit’s findings of that policy', async () => {
    const all = await fullAudit();
    for (const { code } of policies) {
      // P10 (五)1's ladder prices the breaches of the organisation's `ladder` rules, other policies' among them
      // (the example lists P01, P08, P13, P14 rules): it can price only breaches that were evaluated.
      const priced = code === 'P10' ? (office.org.ladder ?? []) : [];
      const restricted = await runAudit(lines, { ...options, rules: [code, ...priced] });
      expect(
        restricted.findings.filter((f) => f.result.policy === code),
        code,
      ).toEqual(all.findings.filter((f) => f.result.policy === code));
      expect(restricted.summary.byPolicy[code], code).toEqual(all.summary.byPolicy[code]);
      // Nothing is lost: every line is still read and accounted for.
      expect(restricted.summary.lines).toBe(all.summary.lines);
      expect(restricted.summary.lines).toBe(restricted.summary.evaluated + restricted.summary.rejected);
    }
  });

  it('prices on the P10 ladder only the breaches it evaluated (P10 (五)1)', async () => {
    const ladderOnly = await runAudit(lines, { ...options, rules: ['P10'] });
    const all = await fullAudit();
    const ladder = (r: AuditReport) => r.findings.filter((f) => f.result.ruleId === 'P10.repeat-violation');
    // Only P10's own breaches are priced: the P08, P13… breaches the example's ladder lists were not evaluated.
    expect(ladder(ladderOnly).length).toBeGreaterThan(0);
    expect(ladder(ladderOnly).length).toBeLessThan(ladder(all).length);
    expect(ladderOnly.findings.every((f) => f.result.policy === 'P10')).toBe(true);
  });

  it('takes rule ids and policy codes together', async () => {
    const all = await fullAudit();
    const chosen = ['P08.phone-answer', 'P10.phone-answer', 'P12'];
    const restricted = await runAudit(lines, { ...options, rules: chosen });
    const wanted = (id: string) => id === 'P08.phone-answer' || id === 'P10.phone-answer' || id.startsWith('P12.');
    expect(restricted.findings).toEqual(all.findings.filter((f) => wanted(f.result.ruleId)));
    // P12's points reach the ledger through P12.monthly-score, which `P12` includes.
    expect(restricted.ledger.map((e) => [e.employee, e.points, e.score])).toEqual(
      all.ledger.map((e) => [e.employee, e.points, e.score]),
    );
  });

  it('books P12 points only with P12.monthly-score (P12 4.2.2(3): lateness costs points in the month’s score)', async () => {
    const log = [ev('arrived', '2026-03-04T08:37', { employee: 'E2', shiftStart: '2026-03-04T08:30:00+08:00' })];
    const alone = await audit(log, { rules: ['P12.lateness'] });
    expect(alone.findings.map((f) => [f.result.ruleId, f.result.status])).toEqual([['P12.lateness', 'breached']]);
    expect(ledgerOf(alone, 'E2', '2026-03')?.points ?? 0).toBe(0);
    const scored = await audit(log, { rules: ['P12.lateness', 'P12.monthly-score'] });
    expect(ledgerOf(scored, 'E2', '2026-03')?.points).toBe(-5);
  });

  it('an empty list evaluates nothing and still accounts for every line', async () => {
    const none = await runAudit(lines, { ...options, rules: [] });
    expect(none.findings).toEqual([]);
    expect(none.summary).toMatchObject({ lines: lines.length, evaluated: lines.length, rejected: 0 });
  });

  it('rejects a name that is neither a rule id nor a policy code, naming the entry', () => {
    expect(validateAuditOptions({ rules: ['P01', 'P01.complaint-replied'] })).toMatchObject({
      code: 'invalid-options',
      message: expect.stringContaining('"P01.complaint-replied" is not a rule id or a policy code'),
      issues: [{ path: ['rules', 1] }],
    });
    // Policy codes in any case (#15): `p08` is P08; a typo gets the closest name.
    expect(validateAuditOptions({ rules: ['p08', 'p10.phone-answer'] })).toBeUndefined();
    expect(validateAuditOptions({ rules: ['P08.phone-anwser'] })).toMatchObject({
      message: expect.stringContaining('did you mean P08.phone-answer?'),
      issues: [{ path: ['rules', 0] }],
    });
    expect(validateAuditOptions({ rules: 'P01' })).toMatchObject({ issues: [{ path: ['rules'] }] });
    expect(validateAuditOptions({ rules: [7] })).toMatchObject({ issues: [{ path: ['rules', 0] }] });
    expect(() => streamAudit(lines, { rules: ['P15'] })).toThrow(/rules: "P15"/);
    expect(validateAuditOptions({ rules: ['P01', 'P08.phone-answer'] })).toBeUndefined();
  });

  it('a policy code in lower case audits exactly what the upper-case one does (#15)', async () => {
    const upper = await runAudit(lines, { ...options, rules: ['P01', 'P10.phone-answer'] });
    const lower = await runAudit(lines, { ...options, rules: ['p01', 'p10.phone-answer'] });
    expect(lower.findings).toEqual(upper.findings);
    expect(lower.findings.length).toBeGreaterThan(0);
  });
});
