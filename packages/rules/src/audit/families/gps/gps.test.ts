/**
 * The GPS family against the seed (P03 after-sales): the events of docs/events.md become each rule's facts,
 * and the finding is the rule's own result. Moved here from families.test.ts, seed-desks.test.ts and
 * seed-tickets-gps-bonuses.test.ts (#14: each family's tests in its folder).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('GPS after-sales', () => {
  it('approval before departure; money collected reaches finance on return', async () => {
    const r = await audit([
      ev('repair-call', '2026-03-02T08:00', {
        customerName: '张',
        address: 'x',
        contact: '1',
        productModel: 'GT',
        purchaseDate: '2025-01-01',
        fault: 'gps',
      }),
      ev('technician-departed', '2026-03-02T09:00', { case: 'O1', order: 'repair' }),
      ev('fee-collected', '2026-03-02T10:00', { case: 'O2', invoiceIssued: true, amount: 100 }),
      ev('technician-returned', '2026-03-02T12:00', { case: 'O2' }),
      ev('fee-remitted', '2026-03-03T12:00', { case: 'O2' }),
    ]);
    expect(only(r, 'P03.repair-intake').result.status).toBe('met');
    expect(only(r, 'P03.dispatch-approval').result.status).toBe('breached');
    expect(only(r, 'P03.fee-remittance').result.status).toBe('breached');
  });
});

describe('GPS: lines out of time order', () => {
  it('P03 審批: an approval logged on a later line, but given before departure, is met', async () => {
    const r = await audit([
      ev('technician-departed', '2026-03-02T09:00', { case: 'O1', order: 'repair' }),
      ev('dispatch-approved', '2026-03-02T08:00', { case: 'O1' }),
    ]);
    expect(only(r, 'P03.dispatch-approval').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
  });

  it('P03 審批: a departure never approved is still breached at the end', async () => {
    const r = await audit([ev('technician-departed', '2026-03-02T09:00', { case: 'O1', order: 'repair' })]);
    expect(only(r, 'P03.dispatch-approval').result.status).toBe('breached');
  });
});

describe('P03 GPS after-sales', () => {
  it('P03 收費 (回到公司后，立即將款交于財務): the return that counts is the one after the money was collected, not an earlier one', async () => {
    const r = await audit([
      ev('technician-returned', '2026-03-02T08:00', { case: 'G1', employee: 'E1' }),
      ev('fee-collected', '2026-03-02T15:00', { case: 'G1', employee: 'E1', invoiceIssued: true, amount: 100 }),
      ev('technician-returned', '2026-03-03T09:00', { case: 'G1', employee: 'E1' }),
      ev('fee-remitted', '2026-03-03T10:00', { case: 'G1', employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    const f = only(r, 'P03.fee-remittance');
    expect(f.result.status).toBe('met');
    expect(f.result.dueAt).toBe('2026-03-03T23:59:59.999+08:00');
  });

  it('P03 收費: back on the next day, money handed over the day after that is late', async () => {
    const r = await audit([
      ev('fee-collected', '2026-03-02T15:00', { case: 'G1', employee: 'E1', invoiceIssued: true }),
      ev('technician-returned', '2026-03-03T09:00', { case: 'G1', employee: 'E1' }),
      ev('technician-returned', '2026-03-02T08:00', { case: 'G1', employee: 'E1' }),
      ev('fee-remitted', '2026-03-04T10:00', { case: 'G1', employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P03.fee-remittance').result.status).toBe('breached');
  });

  it('P03 審批/收費: a technician back from a trip with no fee to collect is not an orphan line', async () => {
    const r = await audit([
      ev('dispatch-approved', '2026-03-02T08:00', { case: 'G1', employee: 'H1' }),
      ev('technician-departed', '2026-03-02T09:00', { case: 'G1', employee: 'E1' }),
      ev('technician-returned', '2026-03-02T16:00', { case: 'G1', employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P03.dispatch-approval').result.status).toBe('met');
    expect(findingsOf(r, 'P03.fee-remittance')).toEqual([]);
  });

  it('P03 收費: a fee collected on the trip is still judged when its lines follow the return', async () => {
    const r = await audit([
      ev('dispatch-approved', '2026-03-02T08:00', { case: 'G1', employee: 'H1' }),
      ev('technician-departed', '2026-03-02T09:00', { case: 'G1', employee: 'E1' }),
      ev('fee-collected', '2026-03-02T11:00', { case: 'G1', employee: 'E1', invoiceIssued: true }),
      ev('technician-returned', '2026-03-02T16:00', { case: 'G1', employee: 'E1' }),
      ev('fee-remitted', '2026-03-02T16:30', { case: 'G1', employee: 'E1' }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P03.fee-remittance').result.status).toBe('met');
  });
});
