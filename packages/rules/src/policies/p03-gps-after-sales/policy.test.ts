import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P03 (seed lines 80–113): every catalogue rule id is implemented and every rule is total.
describe('P03 policy', () => {
  it('lists the catalogue rule ids', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P03.installation-free',
      'P03.on-site-response',
      'P03.repair-intake',
      'P03.dispatch-approval',
      'P03.repair-charge',
      'P03.terminal-swap',
      'P03.sim-swap',
      'P03.fee-remittance',
      'P03.contact-reply',
      'P03.emergency-dispatch',
      'P03.work-order',
      'P03.suggestion-feedback',
      'P03.inspection-tools-kept',
      'P03.inspection-pre-departure',
      'P03.inspection-no-damage',
      'P03.inspection-materials-control',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
