import { describe, expect, it } from 'vitest';
import { fixture, json, kefu } from './helpers.js';

describe('kefu calendar', () => {
  it('draws a month with holidays (*) and make-up days (+) marked', () => {
    const run = kefu(['calendar', '2026', '--month', '10']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('October 2026');
    expect(run.stdout).toMatch(/ 1\*/);
    expect(run.stdout).toMatch(/10\+/);
    expect(run.stdout).toContain('National Day');
  });

  it('draws a whole year with its holiday breaks', () => {
    const run = kefu(['calendar', '2026', '--lang', 'zh']);
    expect(run.status).toBe(0);
    for (const m of [1, 6, 12]) expect(run.stdout).toContain(`2026年${m}月`);
    expect(run.stdout).toContain('春节');
  });

  it('--json gives the days and the holiday breaks', () => {
    const doc = json(kefu(['calendar', '2026', '--month', '10', '--json'])) as {
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

  it('takes extra years from --config', () => {
    const run = kefu(['calendar', '2030', '--month', '10', '--config', fixture('config-2030.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/12\+/);
  });

  it('fails loudly, naming the field, for an unknown year or a bad month', () => {
    const year = kefu(['calendar', '2099']);
    expect(year.status).toBe(2);
    expect(year.stderr).toContain('<year>');
    expect(year.stderr).toContain('2099');
    const month = kefu(['calendar', '2026', '--month', '13']);
    expect(month.status).toBe(2);
    expect(month.stderr).toContain('--month');
    const word = kefu(['calendar', 'next']);
    expect(word.status).toBe(2);
    expect(word.stderr).toContain('<year>: expected a whole number');
  });
});
