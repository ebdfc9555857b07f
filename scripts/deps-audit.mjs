// Dependency-vulnerability check for CI (#13 Low): `pnpm audit --audit-level high --json`, read so that
// "the advisory service could not be asked" is told apart from "it answered and found something".
//
//   node scripts/deps-audit.mjs            fails (exit 1) on a high or critical advisory; when the service
//                                          cannot be reached or does not answer, prints a notice, exit 0
//   node scripts/deps-audit.mjs --strict   the same, but an unreachable service fails too (for releases)
//
// It never hangs CI: pnpm is stopped after 60 s, which counts as unreachable.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Errors that mean the advisory service was not reached or did not answer, not that anything was found. */
const UNREACHABLE =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_FETCH|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|socket hang up|fetch failed/i;

/**
 * What a `pnpm audit --json` run means: `{ verdict: 'clean' | 'found' | 'unreachable' | 'error', message }`.
 * `status` is pnpm's exit code (null when it was stopped by the timeout).
 */
export function classify(status, stdout, stderr = '') {
  if (status === null) return { verdict: 'unreachable', message: 'pnpm audit did not finish in time' };
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    const text = `${stdout}\n${stderr}`.trim();
    if (UNREACHABLE.test(text)) return { verdict: 'unreachable', message: text.split('\n')[0] };
    return { verdict: 'error', message: text || `pnpm audit exited ${status} without a report` };
  }
  if (report?.error) {
    const message = `${report.error.code ?? 'error'}: ${report.error.message ?? ''}`;
    return { verdict: UNREACHABLE.test(message) ? 'unreachable' : 'error', message };
  }
  const advisories = Object.values(report?.advisories ?? {}).filter((a) => ['high', 'critical'].includes(a.severity));
  if (advisories.length > 0) {
    const lines = advisories.map(
      (a) => `${a.severity} ${a.module_name} ${a.vulnerable_versions}: ${a.title} (${a.github_advisory_id ?? a.id})`,
    );
    return { verdict: 'found', message: lines.join('\n') };
  }
  if (status !== 0) return { verdict: 'error', message: `pnpm audit exited ${status} without a high advisory` };
  const counts = report?.metadata?.vulnerabilities ?? {};
  const below = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${n} ${level}`);
  return { verdict: 'clean', message: below.length ? `below high: ${below.join(', ')}` : 'no known advisories' };
}

function main() {
  const strict = process.argv.includes('--strict');
  const timeout = 60_000;
  const child = spawnSync('pnpm', ['audit', '--audit-level', 'high', '--json'], {
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error && child.error.code !== 'ETIMEDOUT') {
    console.error(`deps-audit: cannot run pnpm audit: ${child.error.message}`);
    return 1;
  }
  const { verdict, message } = classify(child.error ? null : child.status, child.stdout ?? '', child.stderr ?? '');
  if (verdict === 'clean') {
    console.log(`deps-audit: passed (${message})`);
    return 0;
  }
  if (verdict === 'unreachable') {
    console.log(`deps-audit: NOTICE: skipped, the advisory service could not be asked (${message})`);
    return strict ? 1 : 0;
  }
  console.error(verdict === 'found' ? `deps-audit: high advisories found:\n${message}` : `deps-audit: ${message}`);
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
