import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P07 (seed lines 178–185): every catalogue rule id is implemented and every rule is total.
describe('P07 policy', () => {
  it('lists the catalogue rule ids', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P07.reconciliation',
      'P07.daily-remittance',
      'P07.stock-out',
      'P07.posters',
      'P07.inspection-ticket-custody',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
