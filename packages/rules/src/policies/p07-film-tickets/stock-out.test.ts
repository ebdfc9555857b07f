import { describe, expect, it } from 'vitest';
import { stockOut } from './stock-out.js';

// Seed 4 (line 182): 電影票出現短缺時，前臺接待須及時通知影院人員送票，不得出現影票斷檔現象。
describe('P07.stock-out (4)', () => {
  it('stock above the threshold (1 > 0) needs no request', () => {
    expect(stockOut({ stock: 1, requested: false })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 1, unit: 'count' }, target: { value: 0, comparator: '>' } },
    });
  });

  it('at the threshold (0) without a request is breached; with one it is met, with a stock-out warning', () => {
    const r = stockOut({ stock: 0, requested: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', warnings: [{ code: 'stock-out' }] } });
    expect(r.ok && r.result.explanation.zh).toContain('未通知影院送票');
    expect(stockOut({ stock: 0, requested: true })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'stock-out' }] },
    });
  });

  it('rejects a negative stock naming stock', () => {
    expect(stockOut({ stock: -1, requested: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['stock'] }] },
    });
  });

  it('an organisation can reorder at 20: 20 without a request breaches, 21 does not', () => {
    const config = { rules: { 'P07.stock-out': { threshold: 20 } } };
    expect(stockOut({ stock: 20, requested: false }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', warnings: [] },
    });
    expect(stockOut({ stock: 21, requested: false }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });
});
