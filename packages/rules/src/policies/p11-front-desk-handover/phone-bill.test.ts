import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { phoneBill } from './phone-bill.js';

// Seed 2 (line 358): 前臺電話不得外借他人員使用，每月電話費保持在部門定額標準內，超出的話費由前臺接待員承擔。
describe('P11.phone-bill (2)', () => {
  it('a bill exactly at the quota costs the receptionist nothing', () => {
    expect(phoneBill({ bill: 200, quota: 200 })).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: 0,
        sanctions: [],
        measured: { value: 200, unit: 'yuan' },
        target: { value: 200, unit: 'yuan', comparator: '<=' },
      },
    });
    expect(phoneBill({ bill: 150, quota: 200 })).toMatchObject({ ok: true, result: { value: 0, sanctions: [] } });
  });

  it('one fen over the quota is charged as one fen', () => {
    const r = phoneBill({ bill: 200.01, quota: 200 });
    expect(r).toMatchObject({
      ok: true,
      result: { value: 0.01, sanctions: [{ type: 'charge', amount: 0.01, clause: 'P11 2' }] },
    });
    expect(r.ok && r.result.status).toBeUndefined();
  });

  it('the overage is computed in fen (no float drift) and explained in both languages', () => {
    const r = phoneBill({ bill: 300.3, quota: 100.1, month: '2026-11' });
    expect(r).toMatchObject({ ok: true, result: { value: 200.2, sanctions: [{ type: 'charge', amount: 200.2 }] } });
    expect(r.ok && r.result.explanation.en).toContain('the receptionist pays 200.20 yuan');
    expect(r.ok && r.result.explanation.zh).toContain('由前台接待员承担');
  });

  it('the quota can come from the configuration; the facts win over it', () => {
    const config = { rules: { 'P11.phone-bill': { quota: 150 } } };
    expect(phoneBill({ bill: 180 }, { config })).toMatchObject({ ok: true, result: { value: 30 } });
    expect(phoneBill({ bill: 180, quota: 170 }, { config })).toMatchObject({ ok: true, result: { value: 10 } });
  });

  it('no quota anywhere is a not-configured error naming where to set it', () => {
    const r = phoneBill({ bill: 180 });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['quota'] }, { path: ['config', 'rules', 'P11.phone-bill', 'quota'] }],
      },
    });
  });

  it('a lent-out phone is flagged', () => {
    expect(phoneBill({ bill: 10, quota: 100, lentOut: true })).toMatchObject({
      ok: true,
      result: { value: 0, warnings: [{ code: 'phone-lent' }] },
    });
  });

  it('rejects a negative bill or a bill with fractions of a fen, naming the field', () => {
    expect(evaluate('P11.phone-bill', { bill: -1, quota: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['bill'] }] },
    });
    expect(evaluate('P11.phone-bill', { bill: 1.001, quota: 100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['bill'] }] },
    });
  });
});
