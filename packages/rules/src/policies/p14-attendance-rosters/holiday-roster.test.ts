import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { holidayRoster } from './holiday-roster.js';

// Seed 1.1.6 (line 478): 如遇重大法定節假日(如元旦、春節、五一、十一等)，需提前將班次排開，并于一周前將安排好的排班表印交行政人事部。
describe('P14.holiday-roster (1.1.6)', () => {
  it('Spring Festival 2026 (first day off Sun 02-15): due the end of 02-08, inclusive', () => {
    const r = holidayRoster({ holiday: 'spring-festival', year: 2026, submittedAt: '2026-02-08T23:59:59.999+08:00' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-02-08T23:59:59.999+08:00',
        measured: { value: 7, unit: 'day' },
        target: { value: 7, unit: 'day', comparator: '>=' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('first day off 2026-02-15');
    expect(r.ok && r.result.explanation.zh).toContain('春节');
    expect(
      holidayRoster({ holiday: 'spring-festival', year: 2026, submittedAt: '2026-02-09T00:00:00+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 6 } } });
  });

  it('National Day 2026 (first day off 10-01): due the end of 09-24', () => {
    expect(
      holidayRoster({ holiday: 'national-day', year: 2026, submittedAt: '2026-09-24T18:00:00+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-09-24T23:59:59.999+08:00' } });
    const late = holidayRoster({ holiday: 'national-day', year: 2026, submittedAt: '2026-09-25T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.en).toContain('P14 prescribes no penalty');
  });

  it("Labour Day and New Year's Day 2026, and National Day 2025 split by Mid-autumn", () => {
    const due = (holiday: 'labour-day' | 'new-year' | 'national-day', year: number) =>
      holidayRoster({ holiday, year }, { asOf: '2025-01-01T00:00:00+08:00' });
    expect(due('labour-day', 2026)).toMatchObject({ ok: true, result: { dueAt: '2026-04-24T23:59:59.999+08:00' } });
    expect(due('new-year', 2026)).toMatchObject({ ok: true, result: { dueAt: '2025-12-25T23:59:59.999+08:00' } });
    expect(due('national-day', 2025)).toMatchObject({ ok: true, result: { dueAt: '2025-09-24T23:59:59.999+08:00' } });
  });

  it('unsubmitted: pending, at-risk in the last quarter of the 14-day window, breached after the due day', () => {
    const at = (asOf: string) => holidayRoster({ holiday: 'national-day', year: 2026 }, { asOf });
    expect(at('2026-09-21T05:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-09-21T07:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-09-25T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can ask for ten days', () => {
    const config = { rules: { 'P14.holiday-roster': { leadDays: 10 } } };
    expect(
      holidayRoster({ holiday: 'spring-festival', year: 2026, submittedAt: '2026-02-06T09:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-02-05T23:59:59.999+08:00' } });
  });

  it('a year the calendar does not know is the typed calendar-year-unknown error', () => {
    expect(holidayRoster({ holiday: 'national-day', year: 2031, asOf: '2031-01-01T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'calendar-year-unknown', issues: [{ path: ['year'] }] },
    });
  });

  it('a year added in the configuration is used; a holiday it lacks is not configured', () => {
    const config = {
      calendar: {
        years: {
          '2027': {
            holidays: ['2027-10-01', '2027-10-02', '2027-10-03'].map((date) => ({
              date,
              en: 'National Day',
              zh: '国庆节',
            })),
          },
        },
      },
    };
    expect(
      holidayRoster({ holiday: 'national-day', year: 2027, submittedAt: '2027-09-24T10:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2027-09-24T23:59:59.999+08:00' } });
    expect(
      holidayRoster({ holiday: 'labour-day', year: 2027, submittedAt: '2027-04-20T10:00:00+08:00' }, { config }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'calendar', 'years', '2027'] }] },
    });
  });

  it('rejects a holiday outside the four, naming it', () => {
    expect(evaluate('P14.holiday-roster', { holiday: 'christmas', year: 2026 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['holiday'] }] },
    });
  });
});
