import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P01 房地產客服管理制度篇一 (seed lines 2–49): every catalogue rule, each total over plausible input.
describe('P01 policy', () => {
  it('lists every catalogue rule', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P01.id-registration',
      'P01.goods-release',
      'P01.visitor-entry',
      'P01.duty-record-review',
      'P01.service-request',
      'P01.service-fee',
      'P01.complaint-reply',
      'P01.complaint-callback-rate',
      'P01.complaint-record',
      'P01.complaint-duty',
      'P01.household-visits',
      'P01.service-callback',
      'P01.survey-issue',
      'P01.survey-collection',
      'P01.shift-cover',
      'P01.community-plan',
      'P01.community-activity',
      'P01.training',
      'P01.records',
      'P01.early-leave',
      'P01.private-call',
      'P01.leave',
      'P01.inspection-standard-phrases',
      'P01.inspection-desk-clear',
      'P01.inspection-workroom-tidy',
      'P01.inspection-no-child-held',
      'P01.inspection-records-true',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
