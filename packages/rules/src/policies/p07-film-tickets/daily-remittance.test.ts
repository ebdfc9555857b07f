import { describe, expect, it } from 'vitest';
import { dailyRemittance } from './daily-remittance.js';

// Seed 3 (line 181): 電影票銷售額由前臺接待員于每日下班前交至財務部出納處。
// Seed 7 (line 185): 客務助理替崗前臺時…款項由本人保管，并于次日班交至前臺接待員處。
const own = { soldOn: '2026-07-15', shiftEnd: '2026-07-15T18:00:00+08:00' };
const cover = { soldOn: '2026-07-15', shiftEnd: '2026-07-16T18:00:00+08:00', byCover: true };

describe('P07.daily-remittance (3, 7)', () => {
  it('handed to the cashier at the end of the shift is met; 1 ms later is breached', () => {
    expect(dailyRemittance({ ...own, remittedAt: '2026-07-15T18:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-07-15T18:00:00.000+08:00', clause: 'P07 3, 7' },
    });
    expect(dailyRemittance({ ...own, remittedAt: '2026-07-15T18:00:00.001+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('pending, then at-risk after 75% of the day up to the shift end, then breached', () => {
    // Window 00:00 → 18:00: 75% is 13:30.
    const at = (asOf: string) => dailyRemittance({ ...own, amount: 710 }, { asOf });
    expect(at('2026-07-15T13:30:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-07-15T13:30:00.001+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    const late = at('2026-07-15T18:00:00.001+08:00');
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('710.00元交财务部出纳');
    expect(late.ok && late.result.explanation.zh).toContain('本制度未规定处罚');
  });

  it("a cover hands the money to the receptionist on the next day's shift", () => {
    const r = dailyRemittance({ ...cover, remittedAt: '2026-07-16T17:59:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-07-16T18:00:00.000+08:00' } });
    expect(r.ok && r.result.explanation.en).toContain('to the receptionist');
    expect(dailyRemittance({ ...cover, remittedAt: '2026-07-16T18:00:01+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a night shift may end the next morning', () => {
    expect(
      dailyRemittance({ ...own, shiftEnd: '2026-07-16T08:00:00+08:00', remittedAt: '2026-07-16T07:00:00+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a shift end that is not the due day is a contradiction naming shiftEnd', () => {
    expect(dailyRemittance({ ...own, shiftEnd: '2026-07-14T18:00:00+08:00', remittedAt: own.shiftEnd })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['shiftEnd'] }] },
    });
    // A cover's money is due on the next day's shift, not the same day's.
    expect(dailyRemittance({ ...cover, shiftEnd: own.shiftEnd, remittedAt: own.shiftEnd })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['shiftEnd'] }] },
    });
    expect(dailyRemittance({ ...own, remittedAt: '2026-07-14T23:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['remittedAt'] }] },
    });
  });

  it('an organisation can give a cover two days', () => {
    const config = { rules: { 'P07.daily-remittance': { coverNextDays: 2 } } };
    const r = dailyRemittance(
      { ...cover, shiftEnd: '2026-07-17T18:00:00+08:00', remittedAt: '2026-07-17T09:00:00+08:00' },
      { config },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-07-17T18:00:00.000+08:00' } });
  });
});
