import { describe, expect, it } from 'vitest';
import { disclosure } from './disclosure.js';

// Seed 3 (line 359): 不得向任何人透露用戶電話號碼，確有需要的，需經客務主管批準后方可。
describe('P11.disclosure (3)', () => {
  it("with the service supervisor's approval is met; without it breached", () => {
    expect(disclosure({ supervisorApproved: true })).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P11 3' },
    });
    const r = disclosure({ supervisorApproved: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(r.ok && r.result.explanation.zh).toContain('未经客务主管批准');
  });

  it('approval at the very instant of disclosure counts; 1 ms after it is too late', () => {
    const disclosedAt = '2026-11-27T10:00:00+08:00';
    expect(disclosure({ supervisorApproved: true, approvedAt: disclosedAt, disclosedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const r = disclosure({ supervisorApproved: true, approvedAt: '2026-11-27T10:00:00.001+08:00', disclosedAt });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('approval must come first');
  });

  it('no number given out is not applicable', () => {
    expect(disclosure({ supervisorApproved: false, disclosed: false })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects an approval time without approval, and a disclosure time without a disclosure', () => {
    expect(disclosure({ supervisorApproved: false, approvedAt: '2026-11-27T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['approvedAt'] }] },
    });
    expect(
      disclosure({ supervisorApproved: false, disclosed: false, disclosedAt: '2026-11-27T10:00:00+08:00' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['disclosedAt'] }] } });
  });

  it('the rule has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P11.disclosure': { approver: 'anyone' } } };
    expect(disclosure({ supervisorApproved: true }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P11.disclosure'] }] },
    });
  });
});
