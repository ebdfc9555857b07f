/**
 * #14 "Obligations keyed by rule": the rules each call event feeds are derived from the family's
 * obligation, direct decisions and P12 month, and are exactly the ones the vocabulary listed by hand before.
 */
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../events.js';

const listedBefore: Record<string, readonly string[]> = {
  'call-answered': [
    'P08.phone-answer',
    'P10.phone-answer',
    'P10.hang-up',
    'P12.phone-use',
    'P12.monthly-score',
    'P01.private-call',
    'P08.on-duty-conduct',
  ],
  'hotline-call-recorded': ['P05.hotline-record'],
  'call-made': ['P12.phone-use', 'P12.monthly-score', 'P01.private-call', 'P08.on-duty-conduct'],
  'question-escalated': ['P10.callback-30min', 'P10.promised-reply'],
  'question-answered': ['P10.callback-30min', 'P10.promised-reply'],
  // #18 (seed-e): P10 (二) lines 289, 298, 301, 302.
  'rejection-escalated': ['P10.rejection-escalation'],
  'callback-closed': ['P10.callback', 'P10.callback-retry', 'P10.follow-up-case'],
};

describe('calls: the rules each event feeds (#14)', () => {
  const types = auditEventTypes.filter((t) => t.family === 'calls');

  it('covers every call event type', () => {
    expect(types.map((t) => t.type).sort()).toEqual(Object.keys(listedBefore).sort());
  });

  it.each(types.map((t) => [t.type, t.rules] as const))('%s feeds the rules listed before, in order', (type, rules) => {
    expect(rules).toEqual(listedBefore[type] ?? ['(not listed)']);
  });
});
