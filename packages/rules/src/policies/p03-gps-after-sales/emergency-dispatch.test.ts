import { describe, expect, it } from 'vitest';
import { emergencyDispatch } from './emergency-dispatch.js';

// Seed 應急方案 (line 112): 遇緊急叫修通知，維修技術人員都不在公司時，可經部門經理同意，派外協廠家或其他部門人員協助。
describe('P03.emergency-dispatch (應急方案)', () => {
  it('no technician in and the manager agreed: allowed', () => {
    expect(emergencyDispatch({ techniciansAvailable: 0, managerApproved: true })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'count' }, target: { value: 0, comparator: '<=' } },
    });
  });

  it('one technician in: not allowed', () => {
    const r = emergencyDispatch({ techniciansAvailable: 1, managerApproved: true, sent: 'other-department' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 }, sanctions: [] } });
    expect(r.ok && r.result.explanation.zh).toContain('其他部门人员');
    // The clause prescribes no sanction: the explanation says so.
    expect(r.ok && r.result.explanation.en).toContain('the policy prescribes no sanction');
    expect(r.ok && r.result.explanation.zh).toContain('本制度未规定处罚');
  });

  it('without the manager, or for a call that is not urgent: not allowed', () => {
    expect(emergencyDispatch({ techniciansAvailable: 0, managerApproved: false })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    const r = emergencyDispatch({ techniciansAvailable: 0, managerApproved: true, urgent: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('not urgent');
  });

  it("sending the division's own technician is not applicable", () => {
    expect(emergencyDispatch({ techniciansAvailable: 3, managerApproved: false, sent: 'technician' })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects a negative head count naming techniciansAvailable', () => {
    expect(emergencyDispatch({ techniciansAvailable: -1, managerApproved: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['techniciansAvailable'] }] },
    });
  });

  it('an organisation can allow outside help with one technician in: 1 is met, 2 is breached', () => {
    const config = { rules: { 'P03.emergency-dispatch': { maxTechniciansIn: 1 } } };
    expect(emergencyDispatch({ techniciansAvailable: 1, managerApproved: true }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(emergencyDispatch({ techniciansAvailable: 2, managerApproved: true }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
