import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { leak } from './leak.js';

// Seed 保密(三) (lines 349–352): 1、泄露客戶資料 … 經發現給予相關責任者1000元/次罰款處理。 2、泄露客戶資料秘密，給公司帶來嚴重後果
// 或經濟損失，給予相關責任者10000--100000元罰款處理，予以除名，并視情節輕重提交相關執法部門處理。 3、利用職權強制他人違反客服資料保密
// 規定，給予相關責任者50000――150000元罰款處理，予以除名，并視情節輕重提交相關執法部門處理。
const refused = { ok: false, error: { code: 'rule-refused', issues: [{ path: ['amount'] }] } };
const fineOf = (kind: 'serious-leak' | 'coercion', amount: number) => leak({ kind, amount });

describe('P10.leak (保密(三))', () => {
  it('a plain leak is 1,000 yuan each time, with no dismissal', () => {
    expect(leak({ kind: 'leak' })).toMatchObject({
      ok: true,
      result: {
        value: { fine: 1000, dismissal: false, legalReferral: 'none' },
        sanctions: [{ type: 'fine', amount: 1000, clause: 'P10 保密(三)1' }],
      },
    });
    expect(leak({ kind: 'leak', count: 2 })).toMatchObject({ ok: true, result: { value: { fine: 2000 } } });
    expect(leak({ kind: 'leak', amount: 1000 })).toMatchObject({ ok: true, result: { value: { fine: 1000 } } });
    expect(leak({ kind: 'leak', amount: 500 })).toMatchObject(refused);
  });

  it('serious leak: 1,000 and 9,999.99 are refused; 10,000 and 100,000 stand; 100,000.01 is refused', () => {
    expect(fineOf('serious-leak', 1000)).toMatchObject(refused);
    expect(fineOf('serious-leak', 9999.99)).toMatchObject(refused);
    expect(fineOf('serious-leak', 10_000)).toMatchObject({
      ok: true,
      result: {
        value: { fine: 10_000, dismissal: true, legalReferral: 'possible', range: { min: 10_000, max: 100_000 } },
        sanctions: [
          { type: 'fine', amount: 10_000, clause: 'P10 保密(三)2' },
          { type: 'dismissal', clause: 'P10 保密(三)2' },
          { type: 'legal-referral', clause: 'P10 保密(三)2', note: 'possible, by severity (視情節輕重)' },
        ],
        warnings: [{ code: 'referral-possible' }],
      },
    });
    expect(fineOf('serious-leak', 100_000)).toMatchObject({ ok: true, result: { value: { fine: 100_000 } } });
    expect(fineOf('serious-leak', 100_000.01)).toMatchObject(refused);
  });

  it('coercion: 49,999.99 refused; 50,000 and 150,000 stand with dismissal and referral; 150,000.01 refused', () => {
    expect(fineOf('coercion', 49_999.99)).toMatchObject(refused);
    expect(fineOf('coercion', 50_000)).toMatchObject({
      ok: true,
      result: {
        value: { fine: 50_000, dismissal: true, legalReferral: 'possible' },
        sanctions: [{ type: 'fine', amount: 50_000 }, { type: 'dismissal' }, { type: 'legal-referral' }],
      },
    });
    expect(fineOf('coercion', 150_000)).toMatchObject({ ok: true, result: { value: { fine: 150_000 } } });
    expect(fineOf('coercion', 150_000.01)).toMatchObject(refused);
  });

  it('a decided referral is certain; a decision against leaves it out', () => {
    expect(leak({ kind: 'coercion', amount: 80_000, referral: true })).toMatchObject({
      ok: true,
      result: {
        value: { legalReferral: 'decided' },
        sanctions: [{ type: 'fine' }, { type: 'dismissal' }, { type: 'legal-referral' }],
        warnings: [],
      },
    });
    const r = leak({ kind: 'serious-leak', amount: 20_000, referral: false });
    expect(r).toMatchObject({ ok: true, result: { value: { legalReferral: 'none' }, warnings: [] } });
    expect(r.ok && r.result.sanctions.map((s) => s.type)).toEqual(['fine', 'dismissal']);
  });

  it("a ranged kind without an amount takes the range's minimum with a warning, or is refused if so configured", () => {
    const r = leak({ kind: 'serious-leak' });
    expect(r).toMatchObject({ ok: true, result: { value: { fine: 10_000 } } });
    expect(r.ok && r.result.warnings.map((w) => w.code)).toContain('amount-not-decided');
    const config = { rules: { 'P10.leak': { missingAmount: 'refuse' } } };
    expect(evaluate('P10.leak', { kind: 'coercion' }, { config })).toMatchObject(refused);
  });

  it('an organisation can move the ranges; a minimum above its maximum is a configuration error', () => {
    const config = { rules: { 'P10.leak': { seriousMin: 5000 } } };
    expect(evaluate('P10.leak', { kind: 'serious-leak', amount: 5000 }, { config })).toMatchObject({
      ok: true,
      result: { value: { fine: 5000 } },
    });
    const bad = { rules: { 'P10.leak': { coercionMin: 200_000 } } };
    expect(evaluate('P10.leak', { kind: 'leak' }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.leak', 'coercionMin'] }] },
    });
  });

  it('contradictory facts are rejected with the field named', () => {
    expect(leak({ kind: 'leak', referral: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['referral'] }] },
    });
    expect(leak({ kind: 'serious-leak', amount: 20_000, count: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['count'] }] },
    });
    expect(evaluate('P10.leak', { kind: 'theft' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['kind'] }] },
    });
  });
});
