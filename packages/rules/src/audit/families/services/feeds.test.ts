/**
 * #14 "Obligations keyed by rule": the rules each service event feeds are derived from the family's
 * obligations and direct decisions, and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  'service-requested': ['P01.service-request'],
  'service-completed': ['P01.service-callback', 'P01.service-fee'],
  'service-called-back': ['P01.service-callback', 'P08.monthly-callback'],
  'repair-ordered': ['P08.engineer-arrival', 'P08.owner-call', 'P08.open-repairs'],
  'owner-called': ['P08.engineer-arrival', 'P08.owner-call'],
  'engineer-arrived': ['P08.engineer-arrival', 'P08.owner-call'],
  'repair-noted-open': ['P08.open-repairs'],
  'repair-completed': ['P08.open-repairs', 'P08.repair-feedback'],
  'repair-feedback': ['P08.repair-feedback'],
};

describe('services: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'services');

  it('covers every service event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
