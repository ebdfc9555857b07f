import { describe, expect, it } from 'vitest';
import { reconciliation } from './reconciliation.js';

// Seed 2 (line 180): 前臺接待員須隨時做好電影票銷售記錄表，并記錄銷售金額，做到帳實相符。
const base = { openingStock: 100, closingStock: 60, ticketsSold: 40, price: 35.5, cash: 420, remitted: 1000 };

describe('P07.reconciliation (2)', () => {
  it('tickets and money agree: 40 × 35.50 = 1,420.00 = 420 cash + 1,000 remitted', () => {
    expect(reconciliation(base)).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: {
          ticketsOut: 40,
          ticketDifference: 0,
          expected: 1420,
          held: 1420,
          difference: 0,
          shortfall: 0,
          surplus: 0,
        },
        measured: { value: 0, unit: 'yuan' },
        target: { value: 0, comparator: '=' },
      },
    });
  });

  it('one fen short is a shortfall of 0.01 yuan; one fen over a surplus', () => {
    const short = reconciliation({ ...base, cash: 419.99 });
    expect(short).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { difference: -0.01, shortfall: 0.01, surplus: 0 } },
    });
    expect(short.ok && short.result.explanation.zh).toContain('短款0.01元');
    const over = reconciliation({ ...base, cash: 420.01 });
    expect(over).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { difference: 0.01, surplus: 0.01 } },
    });
    expect(over.ok && over.result.explanation.en).toContain('a surplus of 0.01 yuan');
  });

  it('money in fen: 3 × 0.10 is exactly 0.30', () => {
    const r = reconciliation({ openingStock: 3, closingStock: 0, ticketsSold: 3, price: 0.1, cash: 0.3, remitted: 0 });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', value: { expected: 0.3 } } });
  });

  it('a ticket gone but not recorded sold is breached and valued', () => {
    const r = reconciliation({ ...base, closingStock: 59 });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        value: { ticketsOut: 41, ticketDifference: 1, missingTicketsValue: 35.5, difference: 0 },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('1 ticket(s) unaccounted for');
  });

  it('deliveries count into the stock', () => {
    expect(reconciliation({ ...base, delivered: 50, closingStock: 110 })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { ticketsOut: 40 } },
    });
  });

  it('a closing stock above what the desk could hold is rejected naming closingStock', () => {
    expect(reconciliation({ ...base, closingStock: 101 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['closingStock'] }] },
    });
    expect(reconciliation({ ...base, cash: 1.005 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['cash'] }] },
    });
  });

  it('an organisation can tolerate 1 yuan: 1.00 short is met, 1.01 short is breached', () => {
    const config = { rules: { 'P07.reconciliation': { moneyTolerance: 1 } } };
    expect(reconciliation({ ...base, cash: 419 }, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(reconciliation({ ...base, cash: 418.99 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { shortfall: 1.01 } },
    });
  });
});
