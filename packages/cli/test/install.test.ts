/**
 * #17, packages another team can install, tried as that team would: from the packed tarballs (`pnpm pack`,
 * which is what would be published), never from the workspace.
 * - Every published package carries LICENSE, its third-party notices, README and CHANGELOG, no build
 *   metafile, and no `workspace:` range.
 * - `npm i -g` of the packed CLI into a temporary prefix gives a working `kefu` command.
 * - An empty project (`npm init -y`) installs the packed `@kefu/rules` and loads it with `import` and with
 *   `require` from a `.cjs` file (the reproduction: "No exports main defined").
 * npm fetches the dependencies the packages leave external (ink, react, ink-text-input for the CLI; zod,
 * luxon, opencc-js for the rules) from the registry, preferring its cache; Kefu's own packages come only
 * from the tarballs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
const published = ['rules', 'api', 'cli', 'ui-kit'] as const;
const work = mkdtempSync(join(tmpdir(), 'kefu-install-'));
const tarballs = new Map<string, string>();

/** The environment of a user's shell: none of the npm_* settings pnpm hands the tests. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^pnpm_/i.test(key)));
}

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const npmQuiet = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
/**
 * npm reads its global configuration from `<prefix>/etc/npmrc`, so `--prefix <tmp>` would drop this
 * machine's (a CA file for the registry, for one): name the machine's own file, as a user's npm would read it.
 */
const machineNpm = (): string[] => ['--globalconfig', run('npm', ['config', 'get', 'globalconfig'], tmpdir()).trim()];
const lateness = JSON.stringify({ shiftStart: '2026-11-27T08:00:00+08:00', arrivedAt: '2026-11-27T08:10:01+08:00' });

beforeAll(() => {
  for (const name of published) {
    const out = run('pnpm', ['pack', '--pack-destination', work], join(packagesDir, name)).trim().split('\n');
    const tarball = out.at(-1) ?? '';
    tarballs.set(name, tarball.startsWith('/') ? tarball : join(work, tarball));
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function tarball(name: (typeof published)[number]): string {
  const path = tarballs.get(name);
  if (!path) throw new Error(`${name} was not packed`);
  return path;
}

describe('the packed packages (#17 licence, versioning, metadata)', () => {
  it.each(published)('@kefu/%s carries LICENSE, notices, README and CHANGELOG, and no metafile', (name) => {
    const files = run('tar', ['-tzf', tarball(name)], work).split('\n');
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'dist/THIRD_PARTY_NOTICES.md', 'package.json']) {
      expect(files, file).toContain(`package/${file}`);
    }
    expect(files.filter((f) => f.includes('metafile'))).toEqual([]);
    const manifest = run('tar', ['-xzOf', tarball(name), 'package/package.json'], work);
    expect(JSON.parse(manifest)).toMatchObject({ license: 'MIT', publishConfig: { access: 'public' } });
    expect(manifest).not.toContain('workspace:');
    const licence = run('tar', ['-xzOf', tarball(name), 'package/LICENSE'], work);
    expect(licence).toBe(readFileSync(join(packagesDir, '../LICENSE'), 'utf8'));
  });

  it("the CLI's notices name what its bundle inlines", () => {
    const notices = run('tar', ['-xzOf', tarball('cli'), 'package/dist/THIRD_PARTY_NOTICES.md'], work);
    for (const name of ['zod', 'luxon', 'commander', 'opencc-js', 'cli-table3', 'csv-stringify']) {
      expect(notices).toMatch(new RegExp(`^## ${name} \\S+ \\(`, 'm'));
    }
  });
});

describe('kefu installs as a command (#17: npm i -g of the packed CLI)', () => {
  const prefix = join(work, 'global');
  const kefu = join(prefix, 'bin', 'kefu');

  beforeAll(() => {
    run('npm', ['install', '--global', '--prefix', prefix, ...npmQuiet, ...machineNpm(), tarball('cli')], work);
  }, 300_000);

  it('kefu --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(packagesDir, 'cli/package.json'), 'utf8')) as { version: string };
    expect(run(kefu, ['--version'], work).trim()).toBe(version);
  });

  it('kefu evaluate judges a rule', () => {
    const out = JSON.parse(run(kefu, ['evaluate', 'P12.lateness', '--facts', lateness, '--json'], work)) as {
      result: { status: string };
    };
    expect(out.result.status).toBe('breached');
  });
});

describe('an empty project installs @kefu/rules (#17: CommonJS callers)', () => {
  const project = join(work, 'project');

  beforeAll(() => {
    mkdirSync(project);
    run('npm', ['init', '-y'], project);
    run('npm', ['install', ...npmQuiet, ...machineNpm(), tarball('rules')], project);
  }, 300_000);

  it('import works, the main entry and the calendar entry', () => {
    writeFileSync(
      join(project, 'use.mjs'),
      `import { evaluate } from '@kefu/rules';
import { addWorkingDays } from '@kefu/rules/calendar';
console.log(evaluate('P12.lateness', ${lateness}).result.status, addWorkingDays('2026-09-30', 2).result.date);\n`,
    );
    expect(run(process.execPath, ['use.mjs'], project).trim()).toBe('breached 2026-10-09');
  });

  it("require works from a .cjs file (it failed with 'No exports main defined')", () => {
    writeFileSync(
      join(project, 'use.cjs'),
      `const { evaluate } = require('@kefu/rules');
const { complaintReply } = require('@kefu/rules/p01');
console.log(evaluate('P12.lateness', ${lateness}).result.status, typeof complaintReply);\n`,
    );
    expect(run(process.execPath, ['use.cjs'], project).trim()).toBe('breached function');
  });
});
