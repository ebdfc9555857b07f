/**
 * Review of the reports family, moved from seed-desks.test.ts: each test names the seed clause it
 * checks, and the defect it pins down.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, org } from '../../test-kit.js';

describe('reports: periods with no event', () => {
  it('P01 值班記錄 1,2: a month whose duty records nobody reviewed is breached, not "no records"', async () => {
    const r = await audit(
      [
        ev('duty-records-reviewed', '2026-01-30T10:00', { month: '2026-01', recordsTotal: 90, recordsSpotChecked: 20 }),
        ev('household-visited', '2026-03-05T10:00'),
      ],
      { asOf: '2026-03-15T00:00:00+08:00' },
    );
    const byMonth = findingsOf(r, 'P01.duty-record-review').map((f) => [f.key, f.result.status]);
    expect(byMonth).toEqual([
      ['2026-01', 'met'],
      ['2026-02', 'breached'], // due by the end of February, never signed
      ['2026-03', 'pending'], // due by the end of March
    ]);
    expect(r.summary.unjudged).toBe(0);
  });

  it('P01 走訪 4: questionnaires collected for "H1" with a year match the H1 issue of that year', async () => {
    const r = await audit(
      [
        ev('survey-issued', '2026-06-10T10:00', { half: 'H1', year: 2026, issued: 180, occupiedHouseholds: 180 }),
        ev('survey-collected', '2026-06-20T10:00', { half: 'H1', year: 2026, returned: 100 }),
      ],
      { asOf: '2026-07-31T00:00:00+08:00' },
    );
    const f = only(r, 'P01.survey-collection');
    expect(f.result.status).toBe('met');
    expect(f.lines).toEqual([1, 2]);
    expect(r.summary.rejected).toBe(0);
  });

  it('P01 走訪 4: a collection naming neither a year nor a dated half is rejected as invalid, not an orphan', async () => {
    const r = await audit([ev('survey-collected', '2026-06-20T10:00', { half: 'H1', returned: 100 })], {
      asOf: '2026-07-31T00:00:00+08:00',
    });
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'invalid-event']]);
  });
});

describe('P14 1.1.6: which holiday rosters a log’s span owes', () => {
  it('P14 1.1.6 于一周前: 元旦 2024 (off from Sat 2023-12-30) owes its roster by 12-23, inside a log of 12-20..12-24', async () => {
    const r = await audit([ev('household-visited', '2023-12-20T10:00'), ev('household-visited', '2023-12-24T10:00')], {
      asOf: '2023-12-24T23:59:59+08:00',
      org: { ...org, obligations: ['P14.holiday-roster'] },
    });
    // Never submitted, due inside the span: breached (counted from 01-01 it was due 12-25, outside it).
    const rosters = findingsOf(r, 'P14.holiday-roster');
    expect(rosters.map((f) => [f.key, f.result.status])).toEqual([['2024 new-year', 'breached']]);
    expect(rosters[0]?.result.dueAt).toBe('2023-12-23T23:59:59.999+08:00');
  });
});

describe('reports: the film posters put up for the new schedule (#18, P07 6, seed line 184)', () => {
  // 前臺接待員負責根據電影檔期，及時更換員工餐廳電影海報: the report line's scheduleStartsOn and postedAt
  // judge the change of posters (by the end of the schedule's first day, postWithinDays 0).
  const request = { rule: 'P07.posters', period: '2026-02', scheduleStartsOn: '2026-03-01' };
  const posters = (postedAt: string) =>
    audit([ev('report-submitted', '2026-02-27T10:00', { ...request, postedAt })], {
      asOf: '2026-03-15T00:00:00+08:00',
    });
  const february = (r: Awaited<ReturnType<typeof audit>>) =>
    findingsOf(r, 'P07.posters').find((f) => f.key === '2026-02')?.result.status;

  it('reproduction (#18): posters up at the end of the schedule’s first day are met; the next morning, breached', async () => {
    expect(february(await posters('2026-03-01T23:59:00+08:00'))).toBe('met');
    expect(february(await posters('2026-03-02T08:00:00+08:00'))).toBe('breached');
  });
});
