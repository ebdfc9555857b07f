/**
 * Checkpoint and resume (#14): the reports family saved after any line, its state written as JSON and read
 * back into a fresh family, gives the records of one go — the periods already judged and the units that
 * report (the end judges the missing ones), a P08 4.14 callback summary waiting for its month, and a P01
 * 走訪 3,4 survey issued before the split and collected after it.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { ev, org } from '../../test-kit.js';
import { reports } from './index.js';

const log = [
  ev('report-submitted', '2026-03-02T20:00', { rule: 'P08.daily-log-check', period: '2026-03-02' }),
  ev('report-submitted', '2026-03-05T09:00', { rule: 'P14.attendance-report', period: '2026-02', department: 'CS' }),
  ev('survey-issued', '2026-03-06T10:00', { half: 'H1', year: 2026, issued: 180 }),
  ev('report-submitted', '2026-03-09T09:00', { rule: 'P08.monthly-callback', period: '2026-03' }),
  ev('report-submitted', '2026-03-10T09:00', { rule: 'P08.daily-log-check', period: '2026-03-02' }),
  ev('duty-records-reviewed', '2026-03-30T10:00', { month: '2026-03', recordsTotal: 90, recordsSpotChecked: 20 }),
  ev('report-submitted', '2026-04-01T09:00', { rule: 'P14.holiday-roster', period: '2026', holiday: 'labour-day' }),
  ev('survey-collected', '2026-04-02T10:00', { half: '2026-H1', returned: 100 }),
  ev('report-submitted', '2026-04-03T09:00', { rule: 'P14.roster-publish', period: '2026-05', everyoneHasCopy: true }),
  ev('community-plan-made', '2026-04-10T10:00', { year: 2027, costsConfirmed: false }),
  ev('report-submitted', '2026-04-12T09:00', {
    rule: 'P07.posters',
    period: '2026-04',
    postedAt: '2026-04-12T10:00:00+08:00',
  }),
  ev('survey-collected', '2026-04-20T10:00', { half: '2026-H2', returned: 3 }),
];
const asOf = '2026-05-01T00:00:00+08:00';
const held = { ...org, obligations: ['P08.daily-log-check', 'P14.attendance-report', 'P08.monthly-callback'] };

describe('reports: checkpoint and resume', () => {
  it.each([
    ['periods the log mentions', { asOf, org }],
    ['periods the organisation is held to', { asOf, org: held }],
    ['with maxDelay (March closed while April is read)', { asOf, org, maxDelay: 3 * 86_400_000 }],
  ])('restored after any line, gives the records of one go: %s', (_, options) => {
    const oneGo = feed(reports, log, options);
    expect(oneGo.records.length).toBeGreaterThan(20);
    for (const { split, run } of splitRuns(reports, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
