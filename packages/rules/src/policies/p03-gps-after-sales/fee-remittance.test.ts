import { describe, expect, it } from 'vitest';
import { feeRemittance } from './fee-remittance.js';

// Seed 收費 (line 97): 應由維修人員直接向客戶收取費用，并開具發票，回到公司后，立即將款交于財務。
const base = {
  collectedAt: '2026-06-10T11:00:00+08:00',
  invoiceIssued: true,
  returnedAt: '2026-06-10T16:00:00+08:00',
};

describe('P03.fee-remittance (收費)', () => {
  it('handed over by 23:59:59.999 on the day of return is met; the next midnight is breached', () => {
    expect(feeRemittance({ ...base, remittedAt: '2026-06-10T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-06-10T23:59:59.999+08:00', clause: 'P03 收費' },
    });
    expect(feeRemittance({ ...base, remittedAt: '2026-06-11T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('pending, then at-risk past 75% of the window, then breached', () => {
    // The window runs 16:00 → 23:59:59.999 (8 h): 75% is at 21:59:59.99925.
    const at = (asOf: string) => feeRemittance({ ...base, amount: 300 }, { asOf });
    expect(at('2026-06-10T17:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-06-10T22:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    const late = at('2026-06-11T00:00:00+08:00');
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('300.00元');
    expect(late.ok && late.result.explanation.en).toContain('the money goes to finance at once');
  });

  it('money collected without an invoice is breached even when handed over on time', () => {
    const r = feeRemittance({ ...base, invoiceIssued: false, remittedAt: '2026-06-10T16:30:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('No invoice');
    expect(feeRemittance({ ...base, invoiceIssued: false })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a return before the collection is a contradiction naming returnedAt', () => {
    const r = feeRemittance({ ...base, returnedAt: '2026-06-10T10:00:00+08:00', remittedAt: base.collectedAt });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['returnedAt'] }] } });
  });

  it('not handed over and no asOf is a typed error naming asOf', () => {
    expect(feeRemittance(base)).toMatchObject({ ok: false, error: { issues: [{ path: ['asOf'] }] } });
  });

  it('an organisation can allow until the end of the next day', () => {
    const config = { rules: { 'P03.fee-remittance': { daysAfterReturn: 1 } } };
    expect(feeRemittance({ ...base, remittedAt: '2026-06-11T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-06-11T23:59:59.999+08:00' },
    });
  });
});
