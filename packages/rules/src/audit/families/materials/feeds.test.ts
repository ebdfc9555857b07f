/**
 * #14 "Obligations keyed by rule": the rules each material event feeds are derived from the family's
 * obligation and direct decisions, and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  'requisition-raised': ['P06.requisition-form', 'P06.fulfilment-route', 'P06.in-scope'],
  'requisition-step': ['P06.requisition-approvals'],
  'stock-counted': ['P06.site-stock'],
  // #18 (seed-f): 1.3.3, line 165.
  'annual-plan-submitted': ['P06.annual-plan'],
};

describe('materials: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'materials');

  it('covers every material event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
