import { describe, expect, it } from 'vitest';
import { problemOf, testApp } from './helpers.js';

describe('calendar', () => {
  const app = testApp();

  it('says whether a date is a working day, and why', async () => {
    const holiday = (await (await app.request('/v1/calendar/days/2026-10-01')).json()) as Record<string, unknown>;
    expect(holiday).toMatchObject({ date: '2026-10-01', working: false, reason: 'holiday' });
    const weekday = (await (await app.request('/v1/calendar/days/2026-11-27')).json()) as Record<string, unknown>;
    expect(weekday).toMatchObject({ working: true, reason: 'weekday', weekday: 5 });
  });

  it('counts N working days after a date, explaining every skipped day', async () => {
    const res = await app.request('/v1/calendar/working-days?from=2026-09-30&days=1');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { date: string; skipped: { date: string; reason: string }[] };
    expect(body.date > '2026-10-01').toBe(true);
    expect(body.skipped.length).toBeGreaterThan(0);
    expect(body.skipped[0]).toMatchObject({ date: '2026-10-01', reason: 'holiday' });
  });

  it("lists a year's holidays with their make-up days, the known years, and a month", async () => {
    const res = await app.request('/v1/calendar/years/2026/holidays');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { year: number; holidays: { key: string; makeUpDays: string[] }[] };
    expect(body.year).toBe(2026);
    expect(body.holidays.map((h) => h.key)).toContain('national-day');
    const years = (await (await app.request('/v1/calendar/years')).json()) as { years: number[] };
    expect(years.years).toContain(2026);
    const month = (await (await app.request('/v1/calendar/years/2026/months/2')).json()) as { days: unknown[] };
    expect(month.days).toHaveLength(28);
  });

  it('400 for a malformed date or count, naming the parameter', async () => {
    const bad = await app.request('/v1/calendar/days/2026-13-40');
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).issues[0]?.path).toEqual(['date']);
    const count = await app.request('/v1/calendar/working-days?from=2026-09-30&days=many');
    expect(count.status).toBe(400);
    expect((await problemOf(count)).issues[0]?.path).toEqual(['days']);
    const missing = await app.request('/v1/calendar/working-days?days=2');
    expect(missing.status).toBe(400);
    const month = await app.request('/v1/calendar/years/2026/months/13');
    expect(month.status).toBe(400);
  });

  it('422 for a year the calendar does not know', async () => {
    const res = await app.request('/v1/calendar/days/2089-01-02');
    expect(res.status).toBe(422);
    expect((await problemOf(res)).code).toBe('calendar-year-unknown');
    const holidays = await app.request('/v1/calendar/years/2089/holidays');
    expect(holidays.status).toBe(422);
  });

  it('knows the years the server configuration adds', async () => {
    const config = {
      calendar: {
        years: { '2089': { holidays: [{ date: '2089-01-02', en: "New Year's Day", zh: '元旦' }], workdays: [] } },
      },
    };
    const configured = testApp({ config });
    const res = await configured.request('/v1/calendar/days/2089-01-02');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ working: false, reason: 'holiday' });
  });
});
