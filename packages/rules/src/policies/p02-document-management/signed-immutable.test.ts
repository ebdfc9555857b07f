import { describe, expect, it } from 'vitest';
import { signedImmutable } from './signed-immutable.js';

// Seed 1.9 (line 60): 文件一經領導簽發，任何人不得擅自更改。
const signedAt = '2026-11-27T10:00:00+08:00';

describe('P02.signed-immutable (1.9)', () => {
  it('no change, or a change at the signing instant, is met', () => {
    expect(signedImmutable({ signedAt })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(signedImmutable({ signedAt, modifiedAt: signedAt })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(signedImmutable({ signedAt, modifiedAt: '2026-11-26T10:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('a change one second after signing is breached', () => {
    const r = signedImmutable({ signedAt, modifiedAt: '2026-11-27T10:00:01+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('1 s after the leader signed');
    expect(r.ok && r.result.explanation.zh).toContain('擅自更改');
  });

  it('a change the signing leader approved is not 擅自', () => {
    const r = signedImmutable({ signedAt, modifiedAt: '2026-11-28T10:00:00+08:00', changeAuthorised: true });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(r.ok && r.result.explanation.en).toContain('read: only an unauthorised change is barred');
  });

  it('rejects a malformed signing time, naming signedAt', () => {
    expect(signedImmutable({ signedAt: 'yesterday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['signedAt'] }] },
    });
  });

  it('has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P02.signed-immutable': { graceMinutes: 5 } } };
    expect(signedImmutable({ signedAt }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P02.signed-immutable'] }] },
    });
  });
});
