import { describe, expect, it } from 'vitest';
import { internalSignoff } from './internal-signoff.js';

// Seed 2.3.1 (line 77): 公司內部一般性業務往來文件(包括聯絡單)，由各部起草，部門經理簽閱。
const sentAt = '2026-03-02T10:00:00+08:00';

describe('P02.internal-signoff (2.3.1, seed line 77)', () => {
  it('signed by the department manager before, or at the instant of, sending is met', () => {
    for (const managerSignedAt of ['2026-03-02T09:00:00+08:00', sentAt]) {
      expect(internalSignoff({ sentAt, managerSignedAt })).toMatchObject({
        ok: true,
        result: { status: 'met', measured: { value: 1 }, target: { value: 1, comparator: '=' }, sanctions: [] },
      });
    }
  });

  it('signed one second after it went out is breached, and says when it was signed', () => {
    const r = internalSignoff({ sentAt, managerSignedAt: '2026-03-02T10:00:01+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0 } } });
    expect(r.ok && r.result.explanation.en).toContain('before the department manager signed it');
  });

  it('sent with no signature is breached', () => {
    const r = internalSignoff({ sentAt });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未经部门经理签阅');
  });

  it('a sending time that is not an instant is rejected naming sentAt', () => {
    expect(internalSignoff({ sentAt: '2026-03-02' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['sentAt'] }] },
    });
  });
});
