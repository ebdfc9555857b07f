/**
 * The rules each front desk event feeds are derived from the family's feeds (#14 "The vocabulary's
 * `rules:` lists are derived …, not written twice"): the same rules, in the same order, as the lists the
 * vocabulary used to write by hand (P01 門崗, 走訪, 培訓, 記錄; P08 4.2).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { frontDeskEvents } from './events.js';

const before: Record<string, readonly string[]> = {
  'visitor-registered': ['P01.id-registration'],
  'goods-released': ['P01.goods-release'],
  'visitor-admitted': ['P01.visitor-entry'],
  'household-visited': ['P01.household-visits'],
  'training-planned': ['P01.training'],
  'training-held': ['P01.training'],
  'community-activity-held': ['P01.community-activity'],
  'records-checked': ['P01.records'],
  'log-inspected': ['P08.log-integrity'],
  'customer-visit': ['P10.visit-registration'],
  'problem-reported': ['P08.escalation'],
  // #18 (seed-e): P08 4.2, 4.11, 4.12, 4.13, 4.15; P10 職責 5, (三)走訪; P12 5.1.
  'unit-procedure-done': ['P08.unit-procedure'],
  'enquiry-answered': ['P08.enquiry-reply'],
  // #18 (seed-b): P05 四.
  'letter-visit-closed': ['P05.letter-visit-reply'],
  // #18 (seed-b): P08 5.1–5.3.
  'duty-records-checked': ['P08.records'],
  'patrol-finding-closed': ['P08.patrol-follow-up'],
  'round-done': ['P08.key-reconciliation', 'P08.satisfaction-survey', 'P10.customer-work', 'P10.visit-rounds'],
  'assessment-forms-checked': ['P12.assessment-forms'],
};

describe('front desk: the rules each event feeds', () => {
  it('covers every front desk event type', () => {
    expect(frontDeskEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(before).sort());
  });

  it.each(frontDeskEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(before[type]);
  });
});
