import { describe, expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

// P02 房地產客服管理制度篇二 (seed lines 50–79): every catalogue rule, each total over plausible input.
describe('P02 policy', () => {
  it('lists every catalogue rule', () => {
    expect(policy.rules.map((r) => r.id)).toEqual([
      'P02.borrowing-record',
      'P02.access',
      'P02.destruction',
      'P02.signed-immutable',
      'P02.distribution-time',
      'P02.internal-handling',
      'P02.incoming-route',
      'P02.outgoing-route',
      'P02.internal-signoff',
      'P02.numbering-continuity',
      'P02.inspection-department-filing',
      'P02.inspection-records-filing',
      'P02.inspection-folders-labelled',
      'P02.inspection-courier',
    ]);
  });

  it('property: every rule is total', () => checkTotality(policy.rules));
});
