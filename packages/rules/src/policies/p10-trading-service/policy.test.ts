import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../registry.js';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P10 (房地產客服管理制度篇十, seed lines 259–355): every catalogue rule id, each total over plausible and arbitrary input.
describe('P10 policy', () => {
  it('lists every catalogue rule and the nine inspection items and is registered', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P10.rebate-report',
      'P10.rebate-month-end',
      'P10.phone-answer',
      'P10.callback-30min',
      'P10.call-log',
      'P10.repeat-violation',
      'P10.private-dealings',
      'P10.quarrel',
      'P10.classification',
      'P10.leak',
      'P10.joint-liability',
      'P10.promised-reply',
      'P10.hang-up',
      'P10.visit-registration',
      'P10.customer-work',
      'P10.rejection-escalation',
      'P10.callback',
      'P10.callback-retry',
      'P10.follow-up-case',
      'P10.visit-rounds',
      'P10.original-records',
      'P10.inspection-customer-files',
      'P10.inspection-three-musts',
      'P10.inspection-callback-script',
      'P10.inspection-standing-reception',
      'P10.inspection-visit-survey',
      'P10.inspection-contracts-filed',
      'P10.inspection-tracking-filed',
      'P10.inspection-teller-secrecy',
      'P10.inspection-survey-filed',
    ]);
    expect(getPolicy('P10')?.rules).toHaveLength(30);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
