/**
 * The rules each bonus event feeds are derived from the family's feeds (#14 "The vocabulary's `rules:`
 * lists are derived …, not written twice"): the same rules, in the same order, as the lists the vocabulary
 * used to write by hand (P09 第二十一條, 第二十三條, 第二十四條).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { bonusEvents } from './events.js';

const before: Record<string, readonly string[]> = {
  'loss-assessed': ['P09.attribution', 'P09.loss-share', 'P09.bonus-deduction'],
  'sanction-imposed': ['P09.sanction-triggers', 'P09.sanction-deduction'],
  // #18: the approval before a penalty, P09 第十九條 2, 第二十三條 and P13 第十二條(二).
  'penalty-executed': ['P09.penalty-approval', 'P13.penalty-approval'],
  // #18: P13 第十三條, returns and allowances and the collection rate.
  'return-posted': ['P13.return-paperwork'],
  'collection-rate-reported': ['P13.collection-rate'],
};

describe('bonuses: the rules each event feeds', () => {
  it('covers every bonus event type', () => {
    expect(bonusEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(before).sort());
  });

  it.each(bonusEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(before[type]);
  });
});
