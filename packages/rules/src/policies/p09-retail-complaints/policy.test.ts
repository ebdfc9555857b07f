import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../registry.js';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P09 (房地產客服管理制度篇九, seed lines 229–258): every catalogue rule id, each total over plausible and arbitrary input.
describe('P09 policy', () => {
  it('lists the catalogue rules (ten, the route, the report and the penalty approval and the declined complaint’s reply, the card flow and the acceptance of #18, two inspection items) and is registered', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P09.legitimate',
      'P09.routing',
      'P09.record-card',
      'P09.closure',
      'P09.monthly-stats',
      'P09.loss-share',
      'P09.bonus-deduction',
      'P09.sanction-deduction',
      'P09.attribution',
      'P09.sanction-triggers',
      'P09.complaint-route',
      'P09.investigation-report',
      'P09.penalty-approval',
      'P09.decline-reply',
      'P09.card-route',
      'P09.acceptance',
      'P09.inspection-service-duties',
      'P09.inspection-case-supervision',
    ]);
    expect(getPolicy('P09')?.rules).toHaveLength(18);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
