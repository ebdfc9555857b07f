/**
 * #14 "Checkpoint and resume": what the ticket family saves is everything a later line can still need (each
 * seller's open day of sales, which a remittance without `soldOn` looks up days later). Saved after any
 * line, written as JSON and read back into a fresh family, it gives the same records as one go.
 */
import { describe, expect, it } from 'vitest';
import { feed, officeLog, splitPoints } from '../../../test-support/family-resume.js';
import { ev } from '../../test-kit.js';
import { tickets } from './index.js';

/**
 * A night shift's sales either side of midnight, a cover's takings handed over the next day (found by
 * looking back for the seller's open sale), and a remittance read before its sale.
 */
const days = [
  ev('tickets-sold', '2026-03-02T23:00', { employee: 'E1', shiftEnd: '2026-03-03T07:00:00+08:00' }),
  ev('tickets-sold', '2026-03-03T01:00', { employee: 'E1', shiftEnd: '2026-03-03T07:00:00+08:00' }),
  ev('tickets-sold', '2026-03-04T15:00', { employee: 'E2', shiftEnd: '2026-03-05T17:00:00+08:00', byCover: true }),
  ev('takings-remitted', '2026-03-03T06:30', { employee: 'E1', amount: 300 }),
  ev('takings-remitted', '2026-03-05T09:00', { employee: 'E2', amount: 120 }),
  ev('takings-remitted', '2026-03-06T16:00', { employee: 'E1', case: 'T6', soldOn: '2026-03-06' }),
  ev('ticket-stock', '2026-03-06T09:00', { stock: 10, requested: false }),
  ev('tickets-sold', '2026-03-06T10:00', { employee: 'E1', case: 'T6', shiftEnd: '2026-03-06T17:00:00+08:00' }),
];

describe('tickets: save and restore (#14 checkpoint and resume)', () => {
  it('the example office: restored after any of nine lines, the same records as one go', () => {
    const { lines, options } = officeLog('tickets');
    const whole = feed(tickets, lines, options);
    expect(whole.records.filter((r) => r.type === 'finding').length).toBeGreaterThan(20);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(tickets, lines, { ...options, splitAt })).toEqual(whole);
    }
  });

  it.each(days.map((_, i) => i))('sales and takings, restored after line %i: the same records', (splitAt) => {
    const whole = feed(tickets, days);
    const p07 = whole.records.filter((r) => r.type === 'finding' && r.finding.result.ruleId === 'P07.daily-remittance');
    expect(p07).toHaveLength(3);
    expect(whole.records.filter((r) => r.type === 'rejected')).toEqual([]);
    expect(feed(tickets, days, { splitAt })).toEqual(whole);
  });

  it('with maxDelay (days settled by the horizon, their keys remembered): the same records', () => {
    const { lines, options } = officeLog('tickets');
    const delayed = { ...options, maxDelay: 24 * 3_600_000 };
    const once = feed(tickets, lines, delayed);
    for (const splitAt of splitPoints(lines.length, 9)) {
      expect(feed(tickets, lines, { ...delayed, splitAt })).toEqual(once);
    }
  });
});
