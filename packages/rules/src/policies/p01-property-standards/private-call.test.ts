import { describe, expect, it } from 'vitest';
import { privateCall } from './private-call.js';

// Seed 行為 9 (line 29): 上班期間不接打私人電話。
describe('P01.private-call (行為 9)', () => {
  it('a private call of any length is breached (the reproduction: P12.phone-use judges only the length)', () => {
    const r = privateCall({ private: true, employee: 'E1' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P01 行為 9' } });
    expect(r.ok && r.result.explanation.zh).toContain('接打私人电话');
  });

  it('a work call is met', () => {
    expect(privateCall({ private: false })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('rejects a call not said to be private or not, naming the field', () => {
    expect(privateCall.run({})).toMatchObject({ ok: false, error: { issues: [{ path: ['private'] }] } });
    expect(privateCall.run({ private: 'yes' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['private'] }] },
    });
  });
});
