// Sums the vitest JSON reports of every package into one closing line, "N passed, N failed, N skipped", so a
// reader of CI output (human or machine) sees one total for the whole monorepo. A skipped or todo test fails
// the run like a failed one (issue #17: a test that skips itself hides a failure), and each is named.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const notRun = new Set(['pending', 'skipped', 'todo', 'disabled']);

let passed = 0;
let failed = 0;
const skipped = [];
const missing = [];
// Each package's `pnpm test` report, and the reports of separate runs (test-results-install.json: the
// packed-tarball install test, run by CI after `pnpm test` because it installs from the registry;
// test-results-pg.json: the monitor's and the API's tests on the PostgreSQL server CI starts).
const reports = readdirSync('packages').flatMap((pkg) => {
  const dir = join('packages', pkg);
  const files = readdirSync(dir).filter((f) => /^test-results(-[a-z]+)?\.json$/.test(f));
  if (!files.includes('test-results.json')) missing.push(pkg);
  return files.map((f) => ({ pkg: f === 'test-results.json' ? pkg : `${pkg} (${f})`, file: join(dir, f) }));
});
for (const { pkg, file } of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  const before = skipped.length;
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (notRun.has(test.status))
        skipped.push(`${relative(process.cwd(), suite.name)}: ${test.fullName} (${test.status})`);
    }
  }
  // The per-test list is the detail; the report's own counts are the check, in case a status is new.
  const counted = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (let i = skipped.length - before; i < counted; i += 1) skipped.push(`${pkg}: a test not run`);
  console.log(`${pkg}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${counted} skipped`);
}
if (missing.length) console.log(`no test report from: ${missing.join(', ')}`);
if (skipped.length) {
  console.log('skipped or todo tests fail CI (a missing tool or rule must be a failure, not a skip):');
  for (const line of skipped) console.log(`  ${line}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed > 0 || skipped.length > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
