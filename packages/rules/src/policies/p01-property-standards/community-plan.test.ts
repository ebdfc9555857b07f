import { describe, expect, it } from 'vitest';
import { communityPlan } from './community-plan.js';

// Seed 社區文化 1 (line 32): 每年12月制定次年的社區文化方案。 社區文化 3 (line 34): 費用需業委會確認。
describe('P01.community-plan (社區文化 1,3)', () => {
  it('the 2027 plan made by 2026-12-31 23:59:59.999 with confirmed costs is met', () => {
    expect(
      communityPlan({ year: 2027, planMadeAt: '2026-12-31T23:59:59.999+08:00', costsConfirmed: true }),
    ).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-12-31T23:59:59.999+08:00' } });
  });

  it('made on 2027-01-01 is late', () => {
    const r = communityPlan({ year: 2027, planMadeAt: '2027-01-01T00:00:00+08:00', costsConfirmed: true });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('made late');
  });

  it('a plan made before December is on time (read: by the end of December)', () => {
    expect(communityPlan({ year: 2027, planMadeAt: '2026-11-20T10:00:00+08:00', costsConfirmed: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it("costs not confirmed by the owners' committee: open in December, breached after it", () => {
    const facts = { year: 2027, planMadeAt: '2026-12-10T10:00:00+08:00', costsConfirmed: false };
    expect(communityPlan({ ...facts, asOf: '2026-12-12T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    const r = communityPlan({ ...facts, asOf: '2027-01-02T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('费用尚未经业委会确认');
    expect(communityPlan(facts)).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('no plan yet: pending early in December, at-risk late in it, breached in January', () => {
    const at = (asOf: string) => communityPlan({ year: 2027, costsConfirmed: false, asOf });
    expect(at('2026-12-05T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-12-28T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2027-01-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('rejects a year that is not a number, naming year; no plan and no asOf names asOf', () => {
    expect(communityPlan({ year: '2027', costsConfirmed: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['year'] }] },
    });
    expect(communityPlan({ year: 2027, costsConfirmed: true })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['asOf'] }] },
    });
  });

  it('an organisation can want the plan by the end of November', () => {
    const config = { rules: { 'P01.community-plan': { dueMonth: 11 } } };
    expect(
      communityPlan({ year: 2027, planMadeAt: '2026-12-01T09:00:00+08:00', costsConfirmed: true }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-11-30T23:59:59.999+08:00' } });
  });
});
