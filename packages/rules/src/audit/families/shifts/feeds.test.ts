/**
 * #14 "Obligations keyed by rule": the rules each shift event feeds are derived from the family's
 * feeds (each line's rules, the P12 month), and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  arrived: ['P12.lateness', 'P08.handover-arrival', 'P12.monthly-score'],
  absent: ['P12.absence', 'P12.monthly-score'],
  'shift-ended': ['P08.handover-tidy'],
  handover: ['P08.handover', 'P11.handover'],
  'lock-up': ['P11.lock-up'],
  'shift-covered': ['P01.shift-cover'],
  'leave-taken': ['P01.leave'],
  'shift-matter': ['P04.shift-matter'],
  'shift-changed': ['P14.shift-change'],
  'left-during-work': ['P14.leave-during-work'],
  'left-work': ['P01.early-leave', 'P14.early-leave'],
  'shifts-set': ['P14.three-shifts', 'P01.complaint-duty'],
  'roster-revised': ['P14.roster-revision'],
};

describe('shifts: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'shifts');

  it('covers every shift event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
