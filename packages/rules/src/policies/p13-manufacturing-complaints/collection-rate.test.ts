import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { collectionRate } from './collection-rate.js';

// Seed 第十三條(二) 3 (line 459): 因客訴之故，而影響應收款項回收時，會計部門于計算業務人應收帳款回收率的績效獎金時，應依據
// “客戶抱怨處理表”所列料號之應收金額予以扣除。
describe('P13.collection-rate (第十三條(二)3)', () => {
  it("reproduction (#18 item 9): a complaint's unpaid receivable no longer lowers the rate", () => {
    // 100,000 due, 80,000 collected, 20,000 of it held back by a complaint: 100%, not 80%.
    expect(collectionRate({ receivable: 100_000, collected: 80_000, complaintReceivable: 20_000 })).toMatchObject({
      ok: true,
      result: { value: { rate: 1, due: 80_000, excluded: 20_000 }, clause: 'P13 第十三條(二)3' },
    });
    expect(collectionRate({ receivable: 100_000, collected: 80_000 })).toMatchObject({
      ok: true,
      result: { value: { rate: 0.8, excluded: 0 } },
    });
  });

  it('what of the complaint receivable was collected anyway is left out of the collected amount too', () => {
    const r = collectionRate({ receivable: 1000, collected: 700, complaintReceivable: 200, complaintCollected: 50 });
    expect(r).toMatchObject({ ok: true, result: { value: { rate: 0.8125, due: 800 } } });
    expect(r.ok && r.result.explanation.en).toContain('Collection rate 81.25%');
  });

  it('everything held back by complaints: no rate (null), said so', () => {
    const r = collectionRate({ receivable: 500, collected: 0, complaintReceivable: 500 });
    expect(r).toMatchObject({ ok: true, result: { value: { rate: null, due: 0 } } });
    expect(r.ok && r.result.explanation.zh).toContain('不计回收率');
  });

  it('rejects amounts that cannot be, naming the field', () => {
    expect(evaluate('P13.collection-rate', { receivable: 100, collected: 101 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['collected'] }] },
    });
    expect(evaluate('P13.collection-rate', { receivable: 100, collected: 10, complaintReceivable: 101 })).toMatchObject(
      { ok: false, error: { issues: [{ path: ['complaintReceivable'] }] } },
    );
    expect(
      evaluate('P13.collection-rate', {
        receivable: 100,
        collected: 10,
        complaintReceivable: 50,
        complaintCollected: 20,
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['complaintCollected'] }] } });
    expect(evaluate('P13.collection-rate', { receivable: 100, collected: 0.001 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['collected'] }] },
    });
  });

  it('property: the rate stays within 0–1 and leaving out an unpaid complaint receivable never lowers it', () => {
    const fen = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(fen, fen, fen, (a, b, c) => {
        const [collected, held, receivable] = [a, b, c].sort((x, y) => x - y).map((x) => x / 100) as [
          number,
          number,
          number,
        ];
        fc.pre(collected <= receivable - held);
        const without = collectionRate({ receivable, collected });
        const withHeld = collectionRate({ receivable, collected, complaintReceivable: held });
        if (!without.ok || !withHeld.ok) return false;
        const rate = withHeld.result.value?.rate;
        const base = without.result.value?.rate;
        if (rate === null || rate === undefined) return receivable === held;
        return rate >= 0 && rate <= 1 && (base === null || base === undefined || rate >= base);
      }),
    );
  });
});
