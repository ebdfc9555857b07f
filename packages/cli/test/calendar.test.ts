import { describe, expect, it } from 'vitest';
import { fixture, json, kefuIn } from './helpers.js';

describe('kefu calendar', () => {
  it('draws a month with holidays (*) and make-up days (+) marked', async () => {
    const run = await kefuIn(['calendar', '2026', '--month', '10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('October 2026');
    expect(run.stdout).toMatch(/ 1\*/);
    expect(run.stdout).toMatch(/10\+/);
    expect(run.stdout).toContain('National Day');
  });

  it('draws a whole year with its holiday breaks', async () => {
    const run = await kefuIn(['calendar', '2026', '--lang', 'zh']);
    expect(run.status).toBe(0);
    for (const m of [1, 6, 12]) expect(run.stdout).toContain(`2026年${m}月`);
    expect(run.stdout).toContain('春节');
  });

  it('--json gives the days and the holiday breaks', async () => {
    const doc = json(await kefuIn(['calendar', '2026', '--month', '10', '--json'])) as {
      year: number;
      month: number;
      days: { date: string; working: boolean; reason: string }[];
      holidays: { key: string }[];
    };
    expect(doc.year).toBe(2026);
    expect(doc.days).toHaveLength(31);
    expect(doc.days.find((d) => d.date === '2026-10-10')).toMatchObject({ working: true, reason: 'make-up' });
    expect(doc.holidays.map((h) => h.key)).toContain('national-day');
  });

  it('takes extra years from --config', async () => {
    const run = await kefuIn(['calendar', '2030', '--month', '10', '--config', fixture('config-2030.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/12\+/);
  });

  it('fails loudly, naming the field, for an unknown year or a bad month', async () => {
    const year = await kefuIn(['calendar', '2099']);
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('<year>');
    expect(year.stderr).toContain('2099');
    const month = await kefuIn(['calendar', '2026', '--month', '13']);
    expect(month.status).toBe(2);
    expect(month.stderr).toContain('--month');
    const word = await kefuIn(['calendar', 'next']);
    expect(word.status).toBe(2);
    expect(word.stderr).toContain('<year>: expected a whole number');
  });

  it('without a year says which years are known, where the calendar ends and how to add the next', async () => {
    const run = await kefuIn(['calendar', '--lang', 'zh']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2004–2026');
    expect(run.stdout).toContain('2026-12-31');
    expect(run.stdout).toContain('补充2027年');
    const doc = json(await kefuIn(['calendar', '--json', '--calendar', fixture('calendar-2027.json')]));
    expect(doc).toEqual({ years: expect.arrayContaining([2004, 2027]), lastDay: '2027-12-31', unknownYears: 'error' });
  });

  it('check <file> summarises a calendar file written from the notice, with what it leaves out', async () => {
    const run = await kefuIn(['calendar', 'check', fixture('calendar-2027.json'), '--lang', 'zh']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('日历文件检查通过');
    expect(run.stdout).toMatch(/2027.*按通知.*12.*2/);
    expect(run.stdout).toContain('未列出清明、劳动节、端午、中秋、国庆节');
  });

  it('check <file> refuses a bad file, naming the field (a make-up day on a weekday)', async () => {
    const run = await kefuIn(['calendar', 'check', fixture('calendar-bad.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('years.2027.breaks.0.makeUp.0');
    expect(run.stderr).toContain('2027-01-05 is a weekday');
  });

  it('--calendar (or KEFU_CALENDAR_FILE) reaches evaluate: a callback deadline runs into the added year', async () => {
    const facts = JSON.stringify({ completedAt: '2026-12-31T10:00:00+08:00', asOf: '2026-12-31T10:00:00+08:00' });
    const without = await kefuIn(['evaluate', 'P01.service-callback', '--facts', facts]);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain('2027');
    for (const run of [
      await kefuIn([
        'evaluate',
        'P01.service-callback',
        '--facts',
        facts,
        '--json',
        '--calendar',
        fixture('calendar-2027.json'),
      ]),
      await kefuIn(['evaluate', 'P01.service-callback', '--facts', facts, '--json'], {
        env: { KEFU_CALENDAR_FILE: fixture('calendar-2027.json') },
      }),
    ]) {
      // Thu 12-31 → Fri 01-01 … Sun 01-03 off (the file's New Year) → Mon 01-04, Tue 01-05.
      expect(json(run)).toMatchObject({ ok: true, result: { dueAt: '2027-01-05T23:59:59.999+08:00' } });
    }
  });
});
