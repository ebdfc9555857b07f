import { describe, expect, it } from 'vitest';
import { addWorkingDays, dayInfo, holidaysOf } from '../../calendar-api.js';
import { defaultCalendar } from '../calendar/calendar.js';
import { parseDate } from '../time.js';

const day = (d: string) => parseDate(d) ?? Number.NaN;

describe('China working-day calendar (chinese-days data)', () => {
  it('2026 Spring Festival: make-up Saturday 02-14, nine days off 02-15..02-23, make-up Saturday 02-28', () => {
    expect(dayInfo('2026-02-14')).toMatchObject({ ok: true, result: { working: true, reason: 'make-up', weekday: 6 } });
    for (let d = 15; d <= 23; d += 1) {
      const date = `2026-02-${d}`;
      expect(dayInfo(date), date).toMatchObject({
        ok: true,
        result: { working: false, reason: 'holiday', holiday: { en: 'Spring Festival', zh: '春节' } },
      });
    }
    expect(dayInfo('2026-02-24')).toMatchObject({ ok: true, result: { working: true, reason: 'weekday' } });
    expect(dayInfo('2026-02-28')).toMatchObject({ ok: true, result: { working: true, reason: 'make-up' } });
    const periods = holidaysOf(2026);
    expect(periods.ok && periods.result.find((p) => p.key === 'spring-festival')).toMatchObject({
      firstDay: '2026-02-15',
      lastDay: '2026-02-23',
      makeUpDays: ['2026-02-14', '2026-02-28'],
    });
  });

  it('National Day 2026 with its make-up days 09-20 and 10-10', () => {
    expect(dayInfo('2026-09-20')).toMatchObject({ ok: true, result: { working: true, reason: 'make-up' } });
    expect(dayInfo('2026-10-10')).toMatchObject({ ok: true, result: { working: true, reason: 'make-up' } });
    expect(dayInfo('2026-10-07')).toMatchObject({ ok: true, result: { working: false, reason: 'holiday' } });
    const periods = holidaysOf(2026);
    expect(periods.ok && periods.result.find((p) => p.key === 'national-day')).toMatchObject({
      firstDay: '2026-10-01',
      lastDay: '2026-10-07',
      makeUpDays: ['2026-09-20', '2026-10-10'],
    });
  });

  it('counts working days across Spring Festival, landing on the make-up Saturday', () => {
    // From Fri 02-13: the make-up Sat 02-14 is day 1; 02-15..02-23 are off; Tue 02-24 is day 2.
    const r = addWorkingDays('2026-02-13', 2);
    expect(r).toMatchObject({ ok: true, result: { date: '2026-02-24' } });
    expect(r.ok && r.result.skipped.map((s) => s.date)).toHaveLength(9);
    expect(addWorkingDays('2026-02-27', 1)).toMatchObject({ ok: true, result: { date: '2026-02-28' } });
  });

  it('a year the calendar does not know is a typed error, never a guess', () => {
    const r = dayInfo('2031-03-03');
    expect(r).toMatchObject({ ok: false, error: { code: 'calendar-year-unknown', issues: [{ path: ['date'] }] } });
    expect(() => defaultCalendar.isWorkingDay(day('2031-03-03'))).toThrow(/does not know 2031/);
  });

  it('an organisation can add a year through configuration', () => {
    const config = {
      calendar: {
        years: {
          '2031': {
            holidays: [{ date: '2031-01-01', en: "New Year's Day", zh: '元旦' }],
            workdays: [{ date: '2031-01-04', en: "New Year's Day", zh: '元旦' }],
          },
        },
      },
    };
    expect(dayInfo('2031-01-01', { config })).toMatchObject({ ok: true, result: { reason: 'holiday' } });
    expect(dayInfo('2031-01-04', { config })).toMatchObject({ ok: true, result: { reason: 'make-up', working: true } });
    expect(dayInfo('2031-01-06', { config })).toMatchObject({ ok: true, result: { reason: 'weekday' } });
  });

  it('rejects a configured calendar day outside its year, naming the field', () => {
    const config = { calendar: { years: { '2031': { holidays: [{ date: '2030-12-31', en: 'x', zh: 'x' }] } } } };
    expect(dayInfo('2031-01-01', { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['calendar', 'years', '2031'] }] },
    });
  });

  it('a New Year break starting in December belongs to the next year', () => {
    // The 2019 New Year break was 2018-12-30 .. 2019-01-01.
    const y2019 = holidaysOf(2019);
    expect(y2019.ok && y2019.result.find((p) => p.key === 'new-year')).toMatchObject({
      firstDay: '2018-12-30',
      lastDay: '2019-01-01',
    });
    const y2018 = holidaysOf(2018);
    expect(y2018.ok && y2018.result.filter((p) => p.key === 'new-year').map((p) => p.firstDay)).toEqual(['2018-01-01']);
  });
});
