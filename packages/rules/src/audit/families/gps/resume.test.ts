/**
 * #14 "Checkpoint and resume": what the GPS family saves is everything a later line can still need (its
 * open orders, their returns and who collected). Saved after any line, written as JSON and read back into
 * a fresh family, it gives the same records as the family that read the whole log in one go (the example
 * office's GPS lines, and a log whose orders straddle the split).
 */
import { describe, expect, it } from 'vitest';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { ev } from '../../test-kit.js';
import { gps } from './index.js';

/** Orders whose lines come out of time order, with a fee collected on one trip and returned on a later one. */
const orders = [
  ev('technician-departed', '2026-03-02T09:00', { case: 'O1', employee: 'G1', order: 'repair' }),
  ev('fee-collected', '2026-03-02T10:00', { case: 'O1', invoiceIssued: true, amount: 100 }),
  ev('repair-call', '2026-03-02T08:00', { case: 'O1', customerName: '张', fault: 'gps' }),
  ev('technician-returned', '2026-03-02T08:30', { case: 'O1' }),
  ev('dispatch-approved', '2026-03-02T08:45', { case: 'O1', order: 'repair' }),
  ev('fee-collected', '2026-03-03T10:00', { case: 'O2', employee: 'G1', invoiceIssued: false }),
  ev('technician-returned', '2026-03-02T12:00', { case: 'O1' }),
  ev('fee-remitted', '2026-03-02T13:00', { case: 'O1' }),
  ev('technician-returned', '2026-03-03T12:00', { case: 'O2' }),
  ev('technician-departed', '2026-03-03T09:00', { case: 'O2', employee: 'G1' }),
  ev('fee-remitted', '2026-03-05T12:00', { case: 'O2' }),
];

describe('GPS: save and restore (#14 checkpoint and resume)', () => {
  it('the example office: restored after any of nine lines, the same records as one go', () => {
    const { lines, options } = officeLog('gps');
    const whole = feed(gps, lines, options);
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(10);
    for (const splitAt of splitPoints(lines.length, 9))
      expect(feed(gps, lines, { ...options, splitAt })).toEqual(whole);
  });

  it.each(orders.map((_, i) => i))('orders out of time order, restored after line %i: the same records', (splitAt) => {
    const whole = feed(gps, orders);
    const p03 = whole.records.filter((r) => r.type === 'finding' && r.finding.result.policy === 'P03');
    // The intake, and each order's approval and remittance.
    expect(p03).toHaveLength(5);
    expect(feed(gps, orders, { splitAt })).toEqual(whole);
  });

  it('with maxDelay (orders settled by the horizon, their keys remembered): the same records', () => {
    const { lines, options } = officeLog('gps');
    const delayed = { ...options, maxDelay: 2 * 24 * 3_600_000 };
    const once = feed(gps, lines, delayed);
    for (const splitAt of splitPoints(lines.length, 9)) expect(feed(gps, lines, { ...delayed, splitAt })).toEqual(once);
  });
});
