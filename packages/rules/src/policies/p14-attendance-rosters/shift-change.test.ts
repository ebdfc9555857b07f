import { describe, expect, it } from 'vitest';
import { shiftChange } from './shift-change.js';

// Seed 1.1.5 (line 477): 如需要調整班次，需提前報告上級主管批準。如遇特殊情況而無法上崗，需提前報告上級主管…
const changeAt = '2026-11-27T08:00:00+08:00';

describe('P14.shift-change (1.1.5)', () => {
  it('approved by the time the changed shift starts is met (inclusive); 1 ms later breached', () => {
    expect(shiftChange({ changeAt, approvedAt: changeAt })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-27T08:00:00.000+08:00', measured: { value: 0, unit: 'minute' } },
    });
    const r = shiftChange({ changeAt, approvedAt: '2026-11-27T08:00:00.001+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('本制度未规定处罚');
  });

  it('an absence is reported before the shift; unreported after it is breached', () => {
    expect(shiftChange({ changeAt, kind: 'absence', reportedAt: '2026-11-27T06:30:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 90 } },
    });
    const r = shiftChange({ changeAt, kind: 'absence' }, { asOf: '2026-11-27T08:00:00.001+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('report of the absence');
  });

  it('pending from the request, at-risk past 75% of the time to the shift', () => {
    const facts = { changeAt, requestedAt: '2026-11-26T08:00:00+08:00' };
    expect(shiftChange(facts, { asOf: '2026-11-27T02:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(shiftChange(facts, { asOf: '2026-11-27T02:00:00.001+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
    // Without a request time the window is the day before the due time.
    expect(shiftChange({ changeAt }, { asOf: '2026-11-27T02:00:00.001+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
  });

  it('an organisation can require approval a day ahead', () => {
    const config = { rules: { 'P14.shift-change': { minLead: 'PT24H' } } };
    expect(shiftChange({ changeAt, approvedAt: '2026-11-26T08:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-26T08:00:00.000+08:00', target: { value: 1440 } },
    });
    expect(shiftChange({ changeAt, approvedAt: '2026-11-26T08:00:00.001+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects an approval before the request, naming approvedAt', () => {
    expect(
      shiftChange({ changeAt, requestedAt: '2026-11-26T08:00:00+08:00', approvedAt: '2026-11-25T08:00:00+08:00' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['approvedAt'] }] } });
  });
});
