/**
 * #17, packages another team can install: the entry points of the built package. package.json's exports
 * map names every entry the build makes (the main one, the calendar, one per policy, the seed), each
 * loads by `import` and by `require` (Node 20.19+ loads ES modules from `require`), and an entry that loads
 * part of the package behaves as the whole package does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { policyEntries } from '../scripts/entries.mjs';

const packageDir = new URL('..', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};
const entries = Object.entries(manifest.exports).filter(
  (entry): entry is [string, Record<string, string>] => typeof entry[1] !== 'string',
);

/**
 * Imports an entry of the built package by name. The name is a variable, so the test's typecheck does not
 * need the built declarations (turbo runs it beside the build).
 */
const load = (id: string) => import(id) as Promise<Record<string, unknown>>;

/** Runs a script in a fresh Node process from the package folder, so only what it imports is loaded. */
function node(kind: 'module' | 'commonjs', source: string): string {
  const flag = kind === 'module' ? '--input-type=module' : '--input-type=commonjs';
  return execFileSync(process.execPath, [flag, '-e', source], { cwd: packageDir, encoding: 'utf8' });
}

describe('@kefu/rules entry points (#17)', () => {
  it('exports one entry per policy, as the build makes them, and every target exists in dist', () => {
    const policyExports = entries.map(([key]) => key).filter((key) => /^\.\/p\d\d$/.test(key));
    expect(policyExports).toEqual(Object.keys(policyEntries).map((key) => key.replace('policies/', './')));
    for (const [, conditions] of entries) {
      for (const target of Object.values(conditions)) expect(existsSync(`${packageDir}${target}`), target).toBe(true);
    }
  });

  it('the calendar entry hands out the very functions of the main entry', async () => {
    const main = await load('@kefu/rules');
    const calendar = await load('@kefu/rules/calendar');
    expect(calendar.addWorkingDays).toBe(main.addWorkingDays);
    expect(Object.keys(calendar).sort()).toEqual([
      'addWorkingDays',
      'calendarCoverage',
      'calendarYears',
      'checkCalendarFile',
      'dayInfo',
      'endOfDate',
      'holidaysOf',
      'monthDays',
      'withCalendarFile',
    ]);
  });

  it('a policy entry hands out the rule functions of the main entry', async () => {
    const main = await load('@kefu/rules');
    const p08 = await load('@kefu/rules/p08');
    expect(p08.phoneAnswer).toBe((main.p08 as Record<string, unknown>).phoneAnswer);
  });

  it('the calendar loaded alone accepts a configuration that overrides a rule it did not load', () => {
    const out = node(
      'module',
      `import { dayInfo } from '@kefu/rules/calendar';
       const config = { rules: { 'P08.phone-answer': {} } };
       console.log(JSON.stringify([dayInfo('2026-10-01', { config }), dayInfo('2026-10-01', { config: { rules: { 'P99.x': {} } } })]));`,
    );
    const [known, unknown] = JSON.parse(out) as [{ ok: boolean }, { ok: boolean; error: { code: string } }];
    expect(known.ok).toBe(true);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
  });

  it('require() works from CommonJS, for every entry (the reproduction: "No exports main defined")', () => {
    const require = createRequire(`${packageDir}package.json`);
    for (const [key] of entries) {
      const id = key === '.' ? '@kefu/rules' : `@kefu/rules/${key.slice(2)}`;
      expect(Object.keys(require(id) as object).length, id).toBeGreaterThan(0);
    }
    const out = node(
      'commonjs',
      `const { evaluate } = require('@kefu/rules');
       console.log(evaluate('P12.lateness', { shiftStart: '2026-11-27T08:00:00+08:00', arrivedAt: '2026-11-27T08:10:01+08:00' }).result.status);`,
    );
    expect(out.trim()).toBe('breached');
  });
});
