/**
 * Correlation of the reports family (periodic obligations), moved from families.test.ts: its events
 * become each rule's facts, and a period the log covers with no report is judged as of asOf.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('periodic reports', () => {
  it('a report decides its period at once; a period with none is judged at the end', async () => {
    const r = await audit(
      [
        ev('report-submitted', '2026-03-20T09:00', { rule: 'P14.attendance-report', period: '2026-03' }),
        ev('report-submitted', '2026-03-12T09:00', { rule: 'P13.monthly-summary', period: '2026-02' }),
        ev('arrived', '2026-03-31T08:00', { employee: 'E1', shiftStart: '2026-03-31T08:30:00+08:00' }),
      ],
      { asOf: '2026-04-11T00:00:00+08:00' },
    );
    expect(only(r, 'P14.attendance-report').result.status).toBe('met');
    const summaries = findingsOf(r, 'P13.monthly-summary').map((f) => [f.key, f.result.status]);
    expect(summaries).toEqual([
      ['2026-02', 'breached'], // due 10 March
      ['2026-03', 'breached'], // never submitted, due 10 April, judged as of 11 April
    ]);
    const march = findingsOf(r, 'P13.monthly-summary')[1];
    expect(march?.lines).toEqual([]);
  });

  it('listed obligations cover every day of the log', async () => {
    const r = await audit(
      [
        ev('report-submitted', '2026-03-02T20:00', { rule: 'P08.daily-log-check', period: '2026-03-02' }),
        ev('arrived', '2026-03-04T08:00', { employee: 'E1', shiftStart: '2026-03-04T08:30:00+08:00' }),
      ],
      {
        org: {
          departments: [{ id: 'CS' }],
          people: [{ id: 'E1', department: 'CS' }],
          obligations: ['P08.daily-log-check'],
        },
      },
    );
    expect(findingsOf(r, 'P08.daily-log-check').map((f) => [f.key, f.result.status])).toEqual([
      ['2026-03-02', 'met'],
      ['2026-03-03', 'breached'],
      ['2026-03-04', 'breached'],
    ]);
  });
});

describe('surveys, plans, duty-record reviews', () => {
  it('each event decides its period; survey collection follows its issue', async () => {
    const r = await audit(
      [
        ev('survey-issued', '2026-06-10T10:00', { half: '2026-H1', issued: 180, occupiedHouseholds: 180 }),
        ev('survey-collected', '2026-06-20T10:00', { half: '2026-H1', returned: 100 }),
        ev('community-plan-made', '2026-12-15T10:00', { year: 2027, costsConfirmed: true }),
        ev('duty-records-reviewed', '2026-06-30T10:00', {
          month: '2026-06',
          recordsTotal: 90,
          recordsSpotChecked: 10,
        }),
      ],
      { asOf: '2026-12-31T23:59:59+08:00' },
    );
    // The log spans both halves of 2026: the second half's survey is judged too, never issued.
    expect(findingsOf(r, 'P01.survey-issue').map((f) => [f.key, f.result.status])).toEqual([
      ['2026-H1', 'met'],
      ['2026-H2', 'at-risk'],
    ]);
    expect(only(r, 'P01.survey-collection').lines).toEqual([1, 2]);
    expect(only(r, 'P01.community-plan').result.status).toBe('met');
    const reviews = findingsOf(r, 'P01.duty-record-review');
    expect(reviews.find((f) => f.key === '2026-06')?.result.status).toBe('breached'); // 11% spot-checked
    expect(reviews.map((f) => f.key)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(r.summary.rejected).toBe(0);
  });
});

describe('P10 (二) lines 294–295: the call log entries carry their content (#18)', () => {
  it('a call log handed in on time with incomplete entries is breached', async () => {
    const r = await audit(
      [
        ev('report-submitted', '2026-03-03T10:00', {
          employee: 'E1',
          rule: 'P10.call-log',
          period: '2026-03-02',
          incompleteEntries: ['K-7', 'K-9'],
        }),
      ],
      { asOf: '2026-03-03T12:00:00+08:00' },
    );
    expect(r.rejected).toEqual([]);
    const f = findingsOf(r, 'P10.call-log').find((x) => x.result.explanation.en.includes('K-7'));
    expect(f?.result.status).toBe('breached');
    expect(f?.result.explanation.en).toContain('2 lacking: K-7, K-9');
  });
});

describe('P10 保密(二)3 line 345: the visit and handover records go in with the daily log (#18)', () => {
  it('a call log handed in on time without the handover record is breached; an unknown record is refused', async () => {
    const line = (recordsLacking: string[]) =>
      ev('report-submitted', '2026-03-03T10:00', {
        employee: 'E1',
        rule: 'P10.call-log',
        period: '2026-03-02',
        recordsLacking,
      });
    const r = await audit([line(['handover-record'])], { asOf: '2026-03-03T12:00:00+08:00' });
    expect(r.rejected).toEqual([]);
    const f = findingsOf(r, 'P10.call-log').find((x) => x.result.explanation.en.includes('handover record'));
    expect(f?.result.status).toBe('breached');
    expect(f?.result.explanation.en).toContain('保密(二)3 also requires');
    const bad = await audit([line(['diary'])], { asOf: '2026-03-03T12:00:00+08:00' });
    expect(bad.rejected).toMatchObject([
      { line: 1, code: 'invalid-facts', error: { issues: [{ path: ['recordsLacking', 0] }] } },
    ]);
  });
});
