/**
 * Checkpoint and resume (#14): the facts family saved after any line, its (empty) state written as JSON and
 * read back into a fresh family, gives the records and ledger rows of one go — rules judged as given, and
 * the P12 items a `facts` event hands in joining the person's month (P12 4.2: chatting's month ladder, a
 * lateness in its shift's month), which the ledger holds.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { ev, org } from '../../test-kit.js';
import { facts } from './index.js';

const log = [
  ev('facts', '2026-03-02T10:00', { rule: 'P10.quarrel', employee: 'E1', facts: { monthlySalary: 3000 } }),
  ev('facts', '2026-03-03T10:00', { rule: 'P12.chatting', employee: 'E2', facts: { count: 2 } }),
  ev('facts', '2026-03-04T10:00', {
    rule: 'P12.lateness',
    facts: { employee: 'E1', shiftStart: '2026-03-04T08:30:00+08:00', arrivedAt: '2026-03-04T08:41:00+08:00' },
  }),
  ev('facts', '2026-03-05T10:00', { rule: 'P12.chatting', employee: 'E2', facts: { count: 1, severity: 'heavy' } }),
  ev('facts', '2026-03-06T10:00', { rule: 'P12.dress', employee: 'E1', facts: { missing: ['tie'] } }),
  ev('facts', '2026-03-31T18:00', {
    rule: 'P01.household-visits',
    facts: { month: '2026-03', households: 100, visited: 5 },
  }),
  ev('facts', '2026-04-02T10:00', { rule: 'P99.nothing', facts: {} }),
  ev('facts', '2026-04-03T10:00', { rule: 'P12.praise', employee: 'E2', facts: { severity: 'light' } }),
];
const asOf = '2026-05-01T00:00:00+08:00';

describe('facts: checkpoint and resume', () => {
  it.each([
    ['in one audit', { asOf, org }],
    ['with maxDelay (March settled while April is read)', { asOf, org, maxDelay: 3 * 86_400_000 }],
  ])('restored after any line, gives the records and ledger of one go, %s', (_, options) => {
    const oneGo = feed(facts, log, options);
    expect(oneGo.records.length).toBeGreaterThan(5);
    for (const { split, run } of splitRuns(facts, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
