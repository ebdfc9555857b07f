/**
 * #14 "Obligations keyed by rule": the rules each ticket event feeds are derived from the family's
 * obligation and direct decisions, and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  'tickets-reconciled': ['P07.reconciliation'],
  'tickets-sold': ['P07.daily-remittance'],
  'takings-remitted': ['P07.daily-remittance'],
  'ticket-stock': ['P07.stock-out'],
};

describe('tickets: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'tickets');

  it('covers every ticket event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
