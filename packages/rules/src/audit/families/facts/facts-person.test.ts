/**
 * A `facts` event concerns the person its facts name when the event itself names nobody: many rules carry
 * `employee` in their facts, and the finding must reach that person's ledger either way.
 * Seed, 篇十 (P10) (五)3: 與客戶發生爭吵…扣發當月工資 (a quarrel with a customer costs the month's wage).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

const quarrel = (employee: { event?: string; facts?: string }) =>
  ev('facts', '2026-03-10T10:00', {
    rule: 'P10.quarrel',
    facts: { monthlySalary: 3000, ...(employee.facts !== undefined && { employee: employee.facts }) },
    ...(employee.event !== undefined && { employee: employee.event }),
  });

describe('facts events: the person', () => {
  it('facts.employee alone books the finding to that person', async () => {
    const r = await audit([quarrel({ facts: ' E1 ' })]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P10.quarrel')).toMatchObject({ employee: 'E1' });
    const booked = ledgerOf(r, 'E1', '2026-03');
    expect(booked?.wageDeductions).toBe(3000);
    // The same as when the event names the person.
    const byEvent = await audit([quarrel({ event: 'E1' })]);
    expect(ledgerOf(byEvent, 'E1', '2026-03')).toEqual(booked);
  });

  it('an event and facts naming two people reject the line', async () => {
    const r = await audit([quarrel({ event: 'E1', facts: 'E2' })]);
    expect(findingsOf(r, 'P10.quarrel')).toEqual([]);
    expect(r.rejected).toMatchObject([{ line: 1, code: 'invalid-event' }]);
    expect(r.rejected[0]?.reason).toContain('facts.employee is E2');
  });

  it('a rule about nobody in particular stays unbooked', async () => {
    const r = await audit([
      ev('facts', '2026-03-31T18:00', {
        rule: 'P01.household-visits',
        facts: { month: '2026-03', households: 100, visited: 5 },
      }),
    ]);
    expect(r.rejected).toEqual([]);
    expect(only(r, 'P01.household-visits').employee).toBeUndefined();
  });
});
