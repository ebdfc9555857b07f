import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

describe('P12 policy', () => {
  it('lists every catalogue rule', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P12.dress',
      'P12.grooming',
      'P12.posture',
      'P12.owner-quarrel',
      'P12.service-complaint',
      'P12.lateness',
      'P12.absence',
      'P12.dozing',
      'P12.phone-use',
      'P12.chatting',
      'P12.reading',
      'P12.praise',
      'P12.monthly-score',
      'P12.assessment-forms',
      'P12.good-work',
      'P12.inspection-assessor',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
