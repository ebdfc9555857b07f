import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P04 (seed lines 114–135): every catalogue rule id is implemented and every rule is total.
describe('P04 policy', () => {
  it('lists the catalogue rule ids', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P04.escalation',
      'P04.phrase',
      'P04.zero-incidents',
      'P04.shift-matter',
      'P04.inspection-make-up',
      'P04.inspection-no-jewellery',
      'P04.inspection-standing-service',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
