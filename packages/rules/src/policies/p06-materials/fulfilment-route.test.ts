import { describe, expect, it } from 'vitest';
import { fulfilmentRoute } from './fulfilment-route.js';

// Seed 1.3.4 (lines 168–169): 確認生產庫房可以滿足申請數量，安排生產庫房向現場發放；確認生產庫房無法滿足申請數量，安排采購部進行采購。
describe('P06.fulfilment-route (1.3.4)', () => {
  it('stock exactly equal to the request: the warehouse issues it', () => {
    expect(fulfilmentRoute({ requested: 10, inStock: 10 })).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: { route: 'warehouse', fromWarehouse: 10, toProcurement: 0 } },
    });
  });

  it('one short: the whole request goes to procurement', () => {
    const r = fulfilmentRoute({ requested: 10, inStock: 9 });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { route: 'procurement', fromWarehouse: 0, toProcurement: 10 } },
    });
    expect(r.ok && r.result.explanation.zh).toContain('采购');
  });

  it('rejects a request of zero naming requested', () => {
    expect(fulfilmentRoute({ requested: 0, inStock: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['requested'] }] },
    });
  });

  it('an organisation can split a short request', () => {
    const config = { rules: { 'P06.fulfilment-route': { splitWhenShort: true } } };
    expect(fulfilmentRoute({ requested: 10, inStock: 9 }, { config })).toMatchObject({
      ok: true,
      result: { value: { route: 'split', fromWarehouse: 9, toProcurement: 1 } },
    });
    expect(fulfilmentRoute({ requested: 10, inStock: 0 }, { config })).toMatchObject({
      ok: true,
      result: { value: { route: 'procurement', toProcurement: 10 } },
    });
  });
});
