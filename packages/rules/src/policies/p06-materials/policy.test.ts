import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P06 (seed lines 147–177): every catalogue rule id is implemented and every rule is total.
describe('P06 policy', () => {
  it('lists the catalogue rule ids', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P06.site-stock',
      'P06.requisition-form',
      'P06.requisition-approvals',
      'P06.fulfilment-route',
      'P06.in-scope',
      'P06.annual-plan',
      'P06.inspection-slips-filed',
      'P06.inspection-central-purchase',
      'P06.inspection-purchase-plan',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
