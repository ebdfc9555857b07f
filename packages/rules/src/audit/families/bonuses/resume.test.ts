/**
 * Checkpoint and resume (#14): the bonus family saved after any line, its (empty) state written as JSON and
 * read back into a fresh family, gives the records and ledger rows of one go — losses charged and shared
 * (P09 第二十一條), capped and carried into the next month, and sanctions priced at month close (第二十四條).
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { ev, org } from '../../test-kit.js';
import { bonuses } from './index.js';

const log = [
  ev('loss-assessed', '2026-03-02T10:00', { department: 'CS', employee: 'E2', loss: 900 }),
  ev('loss-assessed', '2026-03-10T10:00', { department: 'CS', loss: 600 }),
  ev('sanction-imposed', '2026-03-12T09:00', { employee: 'E1', sanction: 'minor-demerit', cause: 'late-delivery' }),
  ev('sanction-imposed', '2026-03-13T09:00', { employee: 'E1', sanction: 'warning', cause: 'bogus' }),
  ev('loss-assessed', '2026-03-20T10:00', { department: 'ENG', loss: 100 }),
  ev('sanction-imposed', '2026-04-02T09:00', { employee: 'E2', sanction: 'minor-demerit', bases: 2 }),
  ev('loss-assessed', '2026-04-03T10:00', { department: 'CS', employee: 'E1', loss: 300 }),
  ev('penalty-executed', '2026-03-31T18:00', {
    employee: 'H1',
    scheme: 'retail',
    approvedAt: '2026-03-30T09:00:00+08:00',
  }),
  ev('penalty-executed', '2026-04-05T18:00', { employee: 'H2', scheme: 'manufacturing', copies: ['accounting'] }),
  ev('return-posted', '2026-04-06T10:00', {
    employee: 'E1',
    kind: 'return',
    managerApproved: true,
    proof: 'invoice-copy',
  }),
  ev('collection-rate-reported', '2026-04-07T10:00', {
    employee: 'E2',
    receivable: 900,
    collected: 600,
    complaintReceivable: 300,
  }),
];
const asOf = '2026-05-01T00:00:00+08:00';

describe('bonuses: checkpoint and resume', () => {
  it.each([
    ['in one audit', { asOf, org }],
    ['with maxDelay (March settled while April is read)', { asOf, org, maxDelay: 3 * 86_400_000 }],
  ])('restored after any line, gives the records and ledger of one go, %s', (_, options) => {
    const oneGo = feed(bonuses, log, options);
    expect(oneGo.records.length).toBeGreaterThan(4);
    expect(oneGo.ledger.some((row) => row.carriedOver > 0)).toBe(true);
    for (const { split, run } of splitRuns(bonuses, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
