/**
 * The rules each conduct event feeds are derived from the family's feeds (#14 "The vocabulary's `rules:`
 * lists are derived …, not written twice"): the same rules, in the same order, as the lists the vocabulary
 * used to write by hand (P04 1.6, P10 (五), P11, P12 4.2), and P12 4.2.2(1)'s quarrel with an owner (#18).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { conductEvents } from './events.js';

const before: Record<string, readonly string[]> = {
  'conduct-breach': [
    'P12.dress',
    'P12.grooming',
    'P12.posture',
    'P12.dozing',
    'P12.owner-quarrel',
    'P12.service-complaint',
    'P12.chatting',
    'P12.reading',
    'P12.monthly-score',
    'P10.private-dealings',
    'P10.quarrel',
    'P10.leak',
    'P10.repeat-violation',
    'P10.joint-liability',
    'P04.zero-incidents',
    'P08.on-duty-conduct',
    'P08.keep-post',
  ],
  praised: ['P12.praise', 'P12.monthly-score'],
  'good-work-noted': ['P12.good-work', 'P12.monthly-score'],
  accident: ['P04.zero-incidents'],
  'number-disclosed': ['P11.disclosure'],
  'item-held': ['P11.item-holding'],
  'resident-file-disclosed': ['P08.resident-files'],
  'phone-bill': ['P11.phone-bill', 'P11.phone-lending'],
  'desk-phone-lent': ['P11.phone-lending'],
};

describe('conduct: the rules each event feeds', () => {
  it('covers every conduct event type', () => {
    expect(conductEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(before).sort());
  });

  it.each(conductEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(before[type]);
  });
});
