/**
 * Review of the periodic and desk families (reports, front desk, documents, GPS, materials): each test
 * names the seed clause it checks, and the defect it pins down.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only, org } from './test-kit.js';

describe('front desk: training counts', () => {
  it('P01 培訓 3: a session logged without its pass count is rejected, not read as nobody passing', async () => {
    const r = await audit([
      ev('training-held', '2026-03-06T14:30', { trainees: 5, passed: 5 }),
      ev('training-held', '2026-03-13T14:30', { trainees: 5 }),
    ]);
    expect(r.rejected).toMatchObject([{ line: 2, code: 'invalid-event', reason: expect.stringContaining('passed') }]);
    // The month is judged on the session with its counts: 5 of 5 passed.
    expect(only(r, 'P01.training').result.explanation.en).toContain('5 of 5 passed');
    expect(r.summary.lines).toBe(r.summary.evaluated + r.summary.rejected);
  });
});

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

describe('documents: lines out of time order, orphans', () => {
  it('P02 1.9: a change after the signature breaches, whichever line comes first', async () => {
    const r = await audit([
      ev('document-modified', '2026-03-03T09:00', { case: 'D2' }),
      ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
    ]);
    expect(only(r, 'P02.signed-immutable').result.status).toBe('breached');
  });

  it('P02 1.9: a draft changed before the signature is no breach, whichever line comes first', async () => {
    const r = await audit([
      ev('document-modified', '2026-03-01T09:00', { case: 'D2' }),
      ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
    ]);
    expect(only(r, 'P02.signed-immutable').result.status).toBe('met');
  });

  it('P02 1.3: a return logged before its loan still closes the loan', async () => {
    const r = await audit([
      ev('document-returned', '2026-03-04T09:00', { case: 'D1' }),
      ev('document-borrowed', '2026-03-02T09:00', { case: 'D1', purpose: 'a', handler: 'E1', returnBy: '2026-03-05' }),
    ]);
    expect(only(r, 'P02.borrowing-record').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
  });

  it('P02 1.3: a return of a file never lent out is an orphan event (docs/events.md)', async () => {
    const r = await audit([ev('document-returned', '2026-03-04T09:00', { case: 'D9' })]);
    expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[1, 'orphan-event']]);
  });

  it('P02 2.1: route steps are judged in time order, not line order', async () => {
    const steps = ['signed-in', 'classified', 'registered', 'gm-reviewed', 'circulated', 'delivered', 'handled'];
    const lines = [...steps, 'result-written', 'filed'].map((step, i) =>
      ev('document-step', `2026-03-0${2 + Math.floor(i / 4)}T1${i % 4}:00`, { case: 'D3', flow: 'incoming', step }),
    );
    // The first two steps swapped in the file: their times still say signed-in came first.
    const r = await audit([lines[1], lines[0], ...lines.slice(2)].filter((l): l is string => l !== undefined));
    expect(only(r, 'P02.incoming-route').result.status).toBe('met');
    expect(r.summary.rejected).toBe(0);
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
