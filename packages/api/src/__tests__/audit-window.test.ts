/**
 * The library's window of dates and line cap reach the API (#13 High: a far-dated event opens no months),
 * and the server's calendar file reaches every configuration (#15, the calendar's end).
 */
import { describe, expect, it } from 'vitest';
import { postJson, testApp } from './helpers.js';

interface Report {
  summary: {
    lines: number;
    rejected: number;
    window: { anchor: string; maxMonths: number };
    rejectedBy?: Record<string, number>;
  };
  rejected: { line: number; code?: string }[];
  ledger: unknown[];
}

const near = { type: 'complaint-received', at: '2026-11-27T15:00:00+08:00', case: 'C1', employee: 'E1' };
const far = { type: 'complaint-received', at: '9999-01-01T00:00:00+08:00', case: 'C2', employee: 'E1' };

describe('POST /v1/audit: the window of dates', () => {
  it('two lines dated 2026 and 9999 (the reproduction): the far one is out-of-range, no months between', async () => {
    const res = await postJson(testApp(), '/v1/audit', { events: [near, far], asOf: '2026-11-28T00:00:00+08:00' });
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.rejected).toEqual([expect.objectContaining({ line: 2, code: 'out-of-range' })]);
    expect(report.summary.window).toMatchObject({ anchor: 'asOf', maxMonths: 60 });
    expect(report.ledger.length).toBeLessThan(5);
  });

  it('without asOf the server clock anchors the window; maxMonths and maxLineBytes are taken from the query', async () => {
    const res = await postJson(testApp(), '/v1/audit?maxMonths=2&maxLineBytes=1024', {
      events: [near, JSON.stringify({ ...near, case: 'C3', note: 'x'.repeat(2000) })],
    });
    if (res.status !== 200) throw new Error(await res.text());
    const report = (await res.json()) as Report;
    expect(report.summary.window.anchor).toBe('now');
    expect(report.summary.window.maxMonths).toBe(2);
    expect(report.rejected.map((r) => r.code)).toContain('line-too-long');
  });

  it('an unusable number is a 400 naming it', async () => {
    const res = await postJson(testApp(), '/v1/audit?maxMonths=many', { events: [near] });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('maxMonths');
  });
});

describe('the server calendar file (KEFU_CALENDAR_FILE, createApp({ calendar }))', () => {
  // A made-up 2027 for the test, not the real notice.
  const calendar = { years: { 2027: { breaks: [{ holiday: 'new-year', from: '2027-01-01', to: '2027-01-03' }] } } };
  const facts = { completedAt: '2026-12-31T10:00:00+08:00', asOf: '2026-12-31T10:00:00+08:00' };

  it('counts for a request that brings its own configuration too', async () => {
    const app = testApp({ calendar });
    const res = await postJson(app, '/v1/rules/P01.service-callback/evaluate', {
      facts,
      config: { warningShare: 0.5 },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ result: { dueAt: '2027-01-05T23:59:59.999+08:00' } });
  });

  it('a bad calendar file refuses to start, naming the field', () => {
    const bad = { years: { 2027: { breaks: [{ holiday: 'new-year', from: '2027-01-03', to: '2027-01-01' }] } } };
    expect(() => testApp({ calendar: bad })).toThrow(/invalid calendar file.*years\.2027\.breaks\.0\.to/);
  });
});
