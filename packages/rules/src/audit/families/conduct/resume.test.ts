/**
 * Checkpoint and resume (#14): the conduct family saved after any line, its state written as JSON and read
 * back into a fresh family, gives the records and ledger rows of one go — the departments whose P04 month
 * is judged (P04 1.6) carried across the split, with the P12 items and P10 fines of each line.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { ev, org } from '../../test-kit.js';
import { conduct } from './index.js';

const log = [
  ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'dress', missing: ['badge'] }),
  ev('accident', '2026-03-02T11:00', { department: 'OPS' }),
  ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'chatting', times: 2 }),
  ev('conduct-breach', '2026-03-04T09:00', { employee: 'E2', kind: 'grooming', severity: 'light', aspect: 'manners' }),
  ev('praised', '2026-03-05T10:00', { employee: 'E2', severity: 'medium' }),
  ev('conduct-breach', '2026-03-06T09:00', { employee: 'E2', kind: 'private-dealings', conduct: 'personal-favour' }),
  ev('conduct-breach', '2026-03-07T09:00', { employee: 'E1', kind: 'service-rule', rule: 'P10.greeting' }),
  ev('number-disclosed', '2026-03-08T09:00', { employee: 'E1', supervisorApproved: false }),
  ev('conduct-breach', '2026-03-09T09:00', { employee: 'G1', department: 'SITE', kind: 'quarrel' }),
  ev('conduct-breach', '2026-04-02T09:00', { employee: 'E1', kind: 'service-rule', rule: 'P10.greeting' }),
  ev('item-held', '2026-04-02T10:00', { employee: 'E1', approved: false, kind: 'pass-on' }),
  ev('phone-bill', '2026-04-28T10:00', { employee: 'E1', bill: 150, quota: 120, month: '2026-04' }),
  ev('conduct-breach', '2026-04-29T09:00', { employee: 'E2', kind: 'leak', referral: false }),
];
const asOf = '2026-05-01T00:00:00+08:00';

describe('conduct: checkpoint and resume', () => {
  it.each([
    ['with the organisation file', { asOf, org }],
    ['without one (the departments are those the log named)', { asOf }],
    ['with maxDelay (March closed while April is read)', { asOf, org, maxDelay: 3 * 86_400_000 }],
    ['with maxDelay and no organisation file', { asOf, maxDelay: 3 * 86_400_000 }],
  ])('restored after any line, gives the records of one go, %s', (_, options) => {
    const oneGo = feed(conduct, log, options);
    expect(oneGo.records.length).toBeGreaterThan(10);
    for (const { split, run } of splitRuns(conduct, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
