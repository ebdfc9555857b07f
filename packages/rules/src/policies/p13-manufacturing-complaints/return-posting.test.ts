import { describe, expect, it } from 'vitest';
import { returnPosting } from './return-posting.js';

// Seed 第十三條(二)1 (line 457): 實退量小于核定量或實退量大于核定量于必須比率(即以該客戶訂制時注明的「超量允收比率」，
// 若客戶未注明時依本公司規定)以內時，應依「成品退貨單」的實退數量開立「傳票」辦理轉帳。
describe('P13.return-posting (第十三條(二))', () => {
  it('actual under or equal to approved is posted by the actual quantity', () => {
    expect(returnPosting({ approved: 100, actual: 90 })).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: { action: 'post-actual', postQuantity: 90, limit: 100, toleranceFrom: 'firm' },
      },
    });
    expect(returnPosting({ approved: 100, actual: 100 })).toMatchObject({
      ok: true,
      result: { value: { action: 'post-actual', postQuantity: 100 } },
    });
  });

  it('without a customer tolerance the firm allows 0: any excess needs a new approval', () => {
    const r = returnPosting({ approved: 100, actual: 100.0001 });
    expect(r).toMatchObject({ ok: true, result: { value: { action: 'new-approval', limit: 100, tolerance: 0 } } });
    expect(r.ok && r.result.value).not.toHaveProperty('postQuantity');
    expect(r.ok && r.result.explanation.en).toContain('new approval');
  });

  it("within the customer's tolerance exactly is posted; just beyond needs a new approval", () => {
    expect(returnPosting({ approved: 100, actual: 105, tolerance: 0.05 })).toMatchObject({
      ok: true,
      result: { value: { action: 'post-actual', postQuantity: 105, limit: 105, toleranceFrom: 'customer' } },
    });
    expect(returnPosting({ approved: 100, actual: 105.0001, tolerance: 0.05 })).toMatchObject({
      ok: true,
      result: { value: { action: 'new-approval' } },
    });
    // 300 × 1.07 is 321.00000000000006 in floating point: the comparison is exact.
    expect(returnPosting({ approved: 300, actual: 321, tolerance: 0.07 })).toMatchObject({
      ok: true,
      result: { value: { action: 'post-actual' } },
    });
  });

  it('a customer tolerance of 0 wins over the firm tolerance', () => {
    const config = { rules: { 'P13.return-posting': { firmTolerance: 0.1 } } };
    expect(returnPosting({ approved: 100, actual: 110 }, { config })).toMatchObject({
      ok: true,
      result: { value: { action: 'post-actual', toleranceFrom: 'firm' } },
    });
    expect(returnPosting({ approved: 100, actual: 110.0001 }, { config })).toMatchObject({
      ok: true,
      result: { value: { action: 'new-approval' } },
    });
    expect(returnPosting({ approved: 100, actual: 101, tolerance: 0 }, { config })).toMatchObject({
      ok: true,
      result: { value: { action: 'new-approval', toleranceFrom: 'customer' } },
    });
  });

  it('bad quantities and tolerances are rejected naming the field', () => {
    expect(returnPosting({ approved: 100, actual: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['actual'] }] },
    });
    expect(returnPosting({ approved: 100, actual: 1, tolerance: 1.5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['tolerance'] }] },
    });
    expect(returnPosting({ approved: 100.00001, actual: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['approved'] }] },
    });
  });
});
