/**
 * Checkpoint and resume (#14): the front desk family saved after any line, its state written as JSON and
 * read back into a fresh family, gives the records of one go — the month tallies of household visits (P01
 * 走訪 1: each household once a month) and training (P01 培訓 1–3) carried across the split included.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { ev, org } from '../../test-kit.js';
import { frontDesk } from './index.js';

const log = [
  ev('visitor-registered', '2026-03-02T09:01', { startedAt: '2026-03-02T09:00:10+08:00', persons: 2 }),
  ev('household-visited', '2026-03-02T10:00', { household: 'H1' }),
  ev('training-planned', '2026-03-01T09:00', { month: '2026-03' }),
  ev('household-visited', '2026-03-09T10:00', { household: 'H1' }),
  ev('training-held', '2026-03-09T14:00', { trainees: 4, passed: 3 }),
  ev('household-visited', '2026-03-16T10:00', {}),
  ev('goods-released', '2026-03-16T10:00', { ownerVerified: true, passComplete: true, isOwner: true }),
  ev('training-planned', '2026-03-20T09:00', { month: '2026-04' }),
  ev('records-checked', '2026-03-25T10:00', { period: 'day', present: ['交接班記錄'], incomplete: ['交接班記錄'] }),
  ev('training-held', '2026-04-06T14:00', { trainees: 2, passed: 2 }),
  ev('household-visited', '2026-04-07T10:00', { household: 'H2' }),
  ev('log-inspected', '2026-04-08T10:00', { pages: [{ number: 1, torn: true, altered: false }] }),
  ev('household-visited', '2026-04-20T10:00', { household: 'H2' }),
];
const asOf = '2026-05-01T00:00:00+08:00';

describe('front desk: checkpoint and resume', () => {
  it('restored after any line, gives the records of one go', () => {
    const oneGo = feed(frontDesk, log, { asOf, org });
    expect(oneGo.records.length).toBeGreaterThan(8);
    for (const { split, run } of splitRuns(frontDesk, log, { asOf, org })) expect(run, `split ${split}`).toEqual(oneGo);
  });

  it('with maxDelay (March closed while April is read), likewise', () => {
    const options = { asOf, org, maxDelay: 3 * 86_400_000 };
    const oneGo = feed(frontDesk, log, options);
    for (const { split, run } of splitRuns(frontDesk, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
