import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { annualPlan } from './annual-plan.js';

// Seed 1.3.3 (line 165): 年度物資需求計劃由業務管理部負責編制，以'內部聯絡單'附件形式提交生產管理部 — no date (#18, param).
const config = { rules: { 'P06.annual-plan': { submitWithin: 'P31D' } } };

describe('P06.annual-plan (1.3.3, seed line 165)', () => {
  it('unconfigured, the rule answers not-configured naming submitWithin (no invented date)', () => {
    expect(annualPlan({ year: 2026, submittedAt: '2026-01-10T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P06.annual-plan', 'submitWithin'] }] },
    });
  });

  it('with P31D: submitted on 1 February 00:00 is met, one second later breached; before the year, on time', () => {
    expect(annualPlan({ year: 2026, submittedAt: '2026-02-01T00:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(annualPlan({ year: 2026, submittedAt: '2026-02-01T00:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(annualPlan({ year: 2026, submittedAt: '2025-12-20T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('reproduction (#18): no plan by the configured date is breached; before it, pending', () => {
    expect(annualPlan({ year: 2026, asOf: '2026-03-01T00:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(annualPlan({ year: 2026, asOf: '2026-01-05T00:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
  });

  it('a config override (P90D) and a year outside the calendar rejected naming the field', () => {
    const quarter = { rules: { 'P06.annual-plan': { submitWithin: 'P90D' } } };
    expect(
      evaluate('P06.annual-plan', { year: 2026, submittedAt: '2026-03-01T09:00:00+08:00' }, { config: quarter }),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(annualPlan({ year: 1900 }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['year'] }] },
    });
  });
});
