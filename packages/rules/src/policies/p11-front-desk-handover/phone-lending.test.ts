import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { phoneLending } from './phone-lending.js';

// Seed P11 2 (line 358): 前臺電話不得外借他人員使用。
describe('P11.phone-lending (2, line 358)', () => {
  it('the desk phone lent out is breached, with no penalty of P11; not lent is met', () => {
    const r = phoneLending({ lentOut: true, employee: 'E1' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(r.ok && r.result.explanation.zh).toContain('前台电话外借他人使用');
    expect(phoneLending({ lentOut: false })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('rejects facts without lentOut, naming the field', () => {
    expect(evaluate(phoneLending.id, { employee: 'E1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['lentOut'] }] },
    });
  });
});
