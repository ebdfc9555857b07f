/**
 * The example generator (examples/generate.mjs) stays inside the working-day calendar the library bundles
 * (issue #13, Low: "the documented `--months 10` run produces January 2027 events that the calendar
 * refuses; keep the documented runs inside the known calendar").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_YEARS, generateOffice, parseCommandLine } from '../../../examples/generate.mjs';
import { calendarYears } from '../src/calendar-api.js';

const root = join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Every `node examples/generate.mjs …` command the README, the event docs and the generator's --help show. */
function documentedRuns(): { where: string; argv: string[] }[] {
  const runs: { where: string; argv: string[] }[] = [];
  const argvOf = (flags: string) => flags.trim().split(/\s+/).filter(Boolean);
  for (const file of ['README.md', 'docs/events.md']) {
    for (const m of read(file).matchAll(/`node examples\/generate\.mjs([^`]*)`/g))
      runs.push({ where: file, argv: argvOf(m[1] ?? '') });
  }
  for (const m of read('examples/generate.mjs').matchAll(/^\/\/\s+node examples\/generate\.mjs([^#\n]*)/gm))
    runs.push({ where: 'generate.mjs --help', argv: argvOf(m[1] ?? '') });
  return runs;
}

describe('the example generator and the calendar', () => {
  it('knows the same calendar years as the library (2004–2026 bundled)', () => {
    const years = calendarYears();
    expect(years.ok).toBe(true);
    if (!years.ok) return;
    expect(CALENDAR_YEARS).toEqual({ first: Math.min(...years.result), last: Math.max(...years.result) });
  });

  it('refuses the once-documented `--months 10` from April 2026 (it reached January 2027), naming the span', () => {
    expect(() => generateOffice({ months: 10 })).toThrow(
      /runs from 2026-04 to 2027-01, outside the working-day calendar \(2004-01 to 2026-12\)/,
    );
    expect(() => generateOffice({ month: '2003-12' })).toThrow(/outside the working-day calendar/);
  });

  it('accepts a run that ends in the last known month (March to December 2026)', () => {
    expect(() => generateOffice({ month: '2026-03', months: 10 })).not.toThrow();
  });

  it('refuses bad flags in the user’s words', () => {
    expect(() => parseCommandLine(['--months', 'ten'])).toThrow('--months must be a whole number, not "ten"');
    expect(() => generateOffice({ month: '2026-13' })).toThrow('--month must be a month as YYYY-MM, not 2026-13');
    expect(() => generateOffice({ months: 0 })).toThrow('--months must be a whole number of at least 1, not 0');
  });

  it('every documented run stays inside the calendar', () => {
    const runs = documentedRuns();
    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const run of runs) {
      const { options } = parseCommandLine(run.argv);
      expect(() => generateOffice(options), `${run.where}: ${run.argv.join(' ')}`).not.toThrow();
    }
  });
});
