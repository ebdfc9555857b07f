/**
 * #14 "Obligations keyed by rule": the rules each GPS event feeds are derived from the family's
 * obligations and direct decisions, and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  'repair-call': ['P03.repair-intake'],
  'dispatch-approved': ['P03.dispatch-approval'],
  'technician-departed': ['P03.dispatch-approval'],
  'terminal-swapped': ['P03.terminal-swap'],
  'sim-swapped': ['P03.sim-swap'],
  'fee-collected': ['P03.fee-remittance'],
  'technician-returned': ['P03.fee-remittance'],
  'fee-remitted': ['P03.fee-remittance'],
  'emergency-dispatched': ['P03.emergency-dispatch'],
  'repair-charged': ['P03.repair-charge'],
  'installation-charged': ['P03.installation-free'],
  'technician-on-site': ['P03.on-site-response'],
  'contact-replied': ['P03.contact-reply'],
  // #18 (seed-f): 流程 line 89 and 客戶服務 line 102.
  'work-order-filled': ['P03.work-order'],
  'suggestion-reported': ['P03.suggestion-feedback'],
};

describe('GPS: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'gps');

  it('covers every GPS event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
