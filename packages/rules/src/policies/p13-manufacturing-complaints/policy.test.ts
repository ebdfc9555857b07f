import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

describe('P13 policy', () => {
  it('lists every catalogue rule', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P13.case-number',
      'P13.classify',
      'P13.investigation-report',
      'P13.opinion',
      'P13.closure',
      'P13.overdue-action',
      'P13.monthly-summary',
      'P13.return-posting',
      'P13.approval-authority',
      'P13.case-route',
      'P13.complaint-form',
      'P13.penalty-approval',
      'P13.return-paperwork',
      'P13.collection-rate',
      'P13.anomaly-form',
      'P13.production-report',
      'P13.improvement-tracking',
      'P13.reopened-form',
      'P13.rejected-receivable',
      'P13.result-relay',
      'P13.inspection-qa-duties',
      'P13.inspection-gm-office-duties',
      'P13.inspection-form-copies',
      'P13.inspection-answer-within-approval',
      'P13.inspection-objection-memo',
      'P13.inspection-joint-handling',
      'P13.inspection-warehouse-signoff',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
