/**
 * The calendar's end (issue #15): the bundled data stops at 2026, so a year is added from the State
 * Council's notice as breaks, a deadline near the end is warned, and unknown years may be guessed only
 * when the organisation opts in. Working-day deadlines exercised through P01 走訪 2 (回访 2个工作日内).
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, checkCalendarFile, dayInfo, holidaysOf, withCalendarFile } from '../../calendar-api.js';
import { evaluate } from '../../registry.js';
import { builtinCalendarYears } from '../calendar/data.js';
import { type NoticeYear, yearFromNotice } from '../calendar/notice.js';

/** 国办发明电〔2025〕7号 (the 2026 notice), written as breaks: it must give exactly the built-in days. */
const notice2026: NoticeYear = {
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  breaks: [
    { holiday: 'new-year', from: '2026-01-01', to: '2026-01-03', makeUp: ['2026-01-04'] },
    { holiday: 'spring-festival', from: '2026-02-15', to: '2026-02-23', makeUp: ['2026-02-14', '2026-02-28'] },
    { holiday: 'tomb-sweeping', from: '2026-04-04', to: '2026-04-06', makeUp: [] },
    { holiday: 'labour-day', from: '2026-05-01', to: '2026-05-05', makeUp: ['2026-05-09'] },
    { holiday: 'dragon-boat', from: '2026-06-19', to: '2026-06-21', makeUp: [] },
    { holiday: 'mid-autumn', from: '2026-09-25', to: '2026-09-27', makeUp: [] },
    { holiday: 'national-day', from: '2026-10-01', to: '2026-10-07', makeUp: ['2026-09-20', '2026-10-10'] },
  ],
};

/** A made-up year for the tests (NOT the real 2027 notice): New Year 01-01..01-03, nothing else. */
const fictional2027 = { breaks: [{ holiday: 'new-year', from: '2027-01-01', to: '2027-01-03' }] };

const callback = (completedAt: string, config?: unknown) =>
  evaluate('P01.service-callback', { completedAt, asOf: completedAt }, config === undefined ? {} : { config });

describe('a year written as the notice states it (breaks and make-up days)', () => {
  it('the 2026 notice as breaks gives exactly the built-in 2026 days off and make-up days', () => {
    const { data, issues } = yearFromNotice(2026, notice2026, []);
    expect(issues).toEqual([]);
    const builtIn = builtinCalendarYears.get(2026);
    const dates = (xs: readonly { date: string }[] | undefined) => (xs ?? []).map((x) => x.date).sort();
    expect(dates(data?.holidays)).toEqual(dates(builtIn?.holidays));
    expect(dates(data?.workdays)).toEqual(dates(builtIn?.workdays));
    expect(data?.holidays.find((h) => h.date === '2026-10-01')).toMatchObject({ en: 'National Day', zh: '国庆节' });
  });

  it.each([
    ['a day outside its year', { holiday: 'new-year', from: '2026-12-31', to: '2027-01-01' }, 'from', 'is not in 2027'],
    [
      'a break ending before it starts',
      { holiday: 'new-year', from: '2027-01-03', to: '2027-01-01' },
      'to',
      'is before',
    ],
    [
      'a break longer than 15 days',
      { holiday: 'spring-festival', from: '2027-02-01', to: '2027-02-16' },
      'to',
      '16 days',
    ],
    [
      'a make-up day on a weekday',
      { holiday: 'new-year', from: '2027-01-01', to: '2027-01-03', makeUp: ['2027-01-05'] },
      'makeUp',
      'is a weekday',
    ],
    [
      'a make-up day inside the break',
      { holiday: 'new-year', from: '2027-01-01', to: '2027-01-03', makeUp: ['2027-01-02'] },
      'makeUp',
      'is a day off',
    ],
    [
      'a make-up day more than 30 days from its break',
      { holiday: 'new-year', from: '2027-01-01', to: '2027-01-03', makeUp: ['2027-03-06'] },
      'makeUp',
      'more than 30 days',
    ],
  ])('%s is refused, naming the field', (_name, b, field, message) => {
    const { data, issues } = yearFromNotice(2027, { breaks: [{ makeUp: [], ...b } as NoticeYear['breaks'][0]] }, ['x']);
    expect(data).toBeUndefined();
    expect(issues[0]?.path).toContain(field);
    expect(issues[0]?.message).toContain(message);
  });

  it('two breaks sharing a day, or one holiday twice, are refused', () => {
    const { issues } = yearFromNotice(
      2027,
      {
        breaks: [
          { holiday: 'mid-autumn', from: '2027-09-15', to: '2027-10-02', makeUp: [] },
          { holiday: 'national-day', from: '2027-10-01', to: '2027-10-07', makeUp: [] },
          { holiday: 'national-day', from: '2027-10-10', to: '2027-10-10', makeUp: [] },
        ],
      },
      [],
    );
    expect(issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('national-day is listed twice')]),
    );
    const overlap = yearFromNotice(
      2027,
      {
        breaks: [
          { holiday: 'mid-autumn', from: '2027-09-28', to: '2027-10-02', makeUp: [] },
          { holiday: 'national-day', from: '2027-10-01', to: '2027-10-07', makeUp: [] },
        ],
      },
      [],
    );
    expect(overlap.issues[0]?.message).toBe('2027-10-01 is also in break 1');
  });

  it('a holiday the notice does not list is a warning, not an error', () => {
    const { data, warnings } = yearFromNotice(
      2027,
      { breaks: [{ ...fictional2027.breaks[0], makeUp: [] }] } as NoticeYear,
      [],
    );
    expect(data?.holidays.map((h) => h.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'holiday-not-listed', zh: expect.stringContaining('未列出春节、清明') }),
    ]);
  });
});

describe('adding a year through the configuration (calendar.years as a notice)', () => {
  const config = { calendar: { years: { 2027: fictional2027 } } };

  it('working days run from 2026 into the added year, skipping its New Year break', () => {
    // 2026-12-31 is a Thursday; Fri 01-01 … Sun 01-03 off; day 1 Mon 01-04, day 2 Tue 01-05.
    expect(addWorkingDays('2026-12-31', 2, { config })).toMatchObject({ ok: true, result: { date: '2027-01-05' } });
    expect(dayInfo('2027-01-01', { config })).toMatchObject({
      ok: true,
      result: { working: false, reason: 'holiday', holiday: { zh: '元旦' } },
    });
  });

  it('a bad notice is an invalid-config error naming the year and the field', () => {
    const bad = {
      calendar: { years: { 2027: { breaks: [{ holiday: 'new-year', from: '2027-01-03', to: '2027-01-01' }] } } },
    };
    expect(dayInfo('2027-01-01', { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['calendar', 'years', '2027', 'breaks', 0, 'to'] }] },
    });
  });
});

describe('P01 走訪 2 near the end of the known calendar (warning calendar-ending)', () => {
  it('a deadline 30 days or less before 2026-12-31 is warned; 31 days before is not', () => {
    // Fri 11-27 → day 2 Tue 12-01, 30 days before the end; Thu 11-26 → Mon 11-30, 31 days before.
    const near = callback('2026-11-27T10:00:00+08:00');
    expect(near).toMatchObject({ ok: true, result: { dueAt: '2026-12-01T23:59:59.999+08:00' } });
    expect(near.ok && near.result.warnings.map((w) => w.code)).toEqual(['calendar-ending']);
    expect(near.ok && near.result.warnings[0]?.zh).toContain('工作日历止于2026-12-31（本期限后30天）');
    const far = callback('2026-11-26T10:00:00+08:00');
    expect(far).toMatchObject({ ok: true, result: { dueAt: '2026-11-30T23:59:59.999+08:00', warnings: [] } });
  });

  it('once the next year is added the warning moves to its end', () => {
    const r = callback('2026-12-10T10:00:00+08:00', { calendar: { years: { 2027: fictional2027 } } });
    expect(r).toMatchObject({ ok: true, result: { warnings: [] } });
  });
});

describe("unknownYears: 'weekends-only' (opt-in; warning calendar-guessed)", () => {
  const guess = { calendar: { unknownYears: 'weekends-only' } };

  it('without it a deadline running into 2027 stays a calendar-year-unknown error', () => {
    expect(callback('2026-12-31T10:00:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'calendar-year-unknown' },
    });
  });

  it('with it the deadline is counted Monday–Friday and every such result says so', () => {
    const r = callback('2026-12-31T10:00:00+08:00', guess);
    // Thu 12-31 → Fri 01-01 (guessed working: the real New Year holiday is unknown), Mon 01-04.
    expect(r).toMatchObject({ ok: true, result: { dueAt: '2027-01-04T23:59:59.999+08:00' } });
    expect(r.ok && r.result.warnings.map((w) => w.code)).toEqual(['calendar-guessed']);
    expect(dayInfo('2027-01-01', { config: guess })).toMatchObject({
      ok: true,
      result: { working: true, reason: 'weekday', guessed: true },
    });
  });

  it('a year’s holiday breaks are never guessed', () => {
    expect(holidaysOf(2027, { config: guess })).toMatchObject({ ok: false, error: { code: 'calendar-year-unknown' } });
  });
});

describe('checkCalendarFile and withCalendarFile (what --calendar FILE and KEFU_CALENDAR_FILE read)', () => {
  it('summarises a valid file and warns about what it leaves out or replaces', () => {
    const r = checkCalendarFile({ years: { 2026: notice2026, 2027: fictional2027 } });
    expect(r).toMatchObject({
      ok: true,
      result: {
        unknownYears: 'error',
        years: [
          { year: 2026, form: 'notice', daysOff: 33, makeUpDays: 6, replacesBuiltIn: true },
          { year: 2027, form: 'notice', daysOff: 3, makeUpDays: 0, replacesBuiltIn: false },
        ],
      },
    });
    expect(r.ok && r.result.warnings.map((w) => w.code)).toEqual(['replaces-built-in', 'holiday-not-listed']);
  });

  it('an invalid file is an invalid-config error with the field path', () => {
    const r = checkCalendarFile({
      years: { 2027: { breaks: [{ holiday: 'christmas', from: '2027-12-25', to: '2027-12-25' }] } },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
    expect(r.ok ? [] : r.error.issues[0]?.path).toEqual(['years', '2027', 'breaks', 0, 'holiday']);
  });

  it('lays the file over the configuration: its years win, the rest is kept', () => {
    const merged = withCalendarFile(
      { zone: 'Asia/Shanghai', calendar: { years: { 2026: notice2026, 2027: { breaks: [] } } } },
      { years: { 2027: fictional2027 }, unknownYears: 'weekends-only' },
    );
    expect(merged).toEqual({
      zone: 'Asia/Shanghai',
      calendar: { years: { 2026: notice2026, 2027: fictional2027 }, unknownYears: 'weekends-only' },
    });
  });
});
