import { describe, expect, it } from 'vitest';
import { destruction } from './destruction.js';

// Seed 1.7 (line 58): 對過期的文件資料要及時清理，無保存必要的材料，經總經理批準可做銷毀處理。
describe('P02.destruction (1.7)', () => {
  it('expired material destroyed with the GM approval is met', () => {
    expect(destruction({ gmApproved: true })).toMatchObject({ ok: true, result: { status: 'met', sanctions: [] } });
  });

  it('without the approval it is breached', () => {
    const r = destruction({ gmApproved: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未经总经理批准');
  });

  it('material that must still be kept may not be destroyed even with approval', () => {
    const r = destruction({ gmApproved: true, expired: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('still has to be kept');
  });

  it('destroyed before the approval is breached; at the approval instant it is met', () => {
    const approvedAt = '2026-11-27T10:00:00+08:00';
    expect(destruction({ gmApproved: true, approvedAt, destroyedAt: '2026-11-27T09:59:59+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(destruction({ gmApproved: true, approvedAt, destroyedAt: approvedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('rejects an approval time without approval, naming approvedAt', () => {
    expect(destruction({ gmApproved: false, approvedAt: '2026-11-27T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['approvedAt'] }] },
    });
  });

  it('has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P02.destruction': { approver: 'director' } } };
    expect(destruction({ gmApproved: true }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P02.destruction'] }] },
    });
  });
});
