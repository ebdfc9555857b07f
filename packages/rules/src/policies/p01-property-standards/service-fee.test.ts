import { describe, expect, it } from 'vitest';
import { serviceFee } from './service-fee.js';

// Seed 服務請求 2 (line 10): 有償服務按收費標準收費。
const config = { rules: { 'P01.service-fee': { priceList: { 'pipe unblocking': 50, 'lock change': 80.5 } } } };

describe('P01.service-fee (服務請求 2)', () => {
  it('charging exactly the configured price is met', () => {
    expect(serviceFee({ service: 'pipe unblocking', charged: 50 }, { config })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 50, unit: 'yuan' },
        target: { value: 50, unit: 'yuan', comparator: '=' },
      },
    });
  });

  it('one fen over or under is breached, with the difference stated', () => {
    const over = serviceFee({ service: 'lock change', charged: 80.51 }, { config });
    expect(over).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 80.51 } } });
    expect(over.ok && over.result.explanation.en).toContain('overcharged by 0.01 yuan');
    const under = serviceFee({ service: 'lock change', charged: 80.49 }, { config });
    expect(under.ok && under.result.explanation.zh).toContain('少收0.01元');
  });

  it('multiplies the unit price by the quantity in fen', () => {
    expect(serviceFee({ service: 'lock change', charged: 241.5, quantity: 3 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 241.5 } },
    });
  });

  it('#15: a price-list entry with a Chinese name names the service in Chinese in the Chinese explanation only', () => {
    const named = {
      rules: { 'P01.service-fee': { priceList: { 'door-lock-replacement': { price: 80, zh: '更换门锁' } } } },
    };
    const met = serviceFee({ service: 'door-lock-replacement', charged: 80 }, { config: named });
    expect(met).toMatchObject({ ok: true, result: { status: 'met', target: { value: 80 } } });
    expect(met.ok && met.result.explanation.zh).toContain('1 × 更换门锁收费');
    expect(met.ok && met.result.explanation.zh).not.toContain('door-lock-replacement');
    expect(met.ok && met.result.explanation.en).toContain('1 × door-lock-replacement');
    // Priced as a plain entry is: the name changes the words, never the verdict.
    const over = serviceFee({ service: 'door-lock-replacement', charged: 90 }, { config: named });
    expect(over.ok && over.result.explanation.zh).toContain('收费标准为80.00元，多收10.00元');
  });

  it('#15: a Chinese name without a price, or an empty one, is an invalid configuration', () => {
    for (const entry of [{ zh: '更换门锁' }, { price: 80, zh: ' ' }]) {
      const config = { rules: { 'P01.service-fee': { priceList: { lock: entry } } } };
      const out = serviceFee({ service: 'lock', charged: 80 }, { config });
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
    }
  });

  it('the price may come in the facts instead of the configuration', () => {
    expect(serviceFee({ service: 'window cleaning', charged: 30, listPrice: 30 })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('an unpriced service is not-configured, naming the price-list entry', () => {
    expect(serviceFee({ service: 'window cleaning', charged: 30 }, { config })).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P01.service-fee', 'priceList', 'window cleaning'] }],
      },
    });
  });

  it('a fact price that contradicts the configured one is rejected, naming listPrice', () => {
    expect(serviceFee({ service: 'pipe unblocking', charged: 50, listPrice: 45 }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['listPrice'] }] },
    });
  });

  it('rejects a charge with fractions of a fen, and a price list entry below zero', () => {
    expect(serviceFee({ service: 'pipe unblocking', charged: 50.001 }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['charged'] }] },
    });
    const bad = { rules: { 'P01.service-fee': { priceList: { x: -1 } } } };
    expect(serviceFee({ service: 'x', charged: 0 }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.service-fee', 'priceList', 'x'] }] },
    });
  });
});
