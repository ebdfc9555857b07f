/**
 * #13 (Low): "`pnpm audit` could not be run here". CI runs scripts/deps-audit.mjs, which must tell an
 * advisory service that could not be asked (a notice, CI goes on) from one that answered with a high
 * advisory (CI fails). Its reading of `pnpm audit --json` is checked here on the answers pnpm gives; the
 * unreachable one is what this machine's network answered.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../scripts/deps-audit.mjs';

const unreachable = JSON.stringify({
  error: {
    code: 'ERR_PNPM_AUDIT_BAD_RESPONSE',
    message: 'The audit endpoint (at <registry>/-/npm/v1/security/audits/quick) responded with 405: .',
  },
});

/** pnpm's report (npm audit's v1 format) with one advisory of the given severity. */
function report(severity: string): string {
  return JSON.stringify({
    actions: [],
    advisories: {
      1: {
        id: 1,
        github_advisory_id: 'GHSA-xxxx-xxxx-xxxx',
        module_name: 'some-dependency',
        severity,
        title: 'Prototype pollution',
        vulnerable_versions: '<1.2.3',
      },
    },
    muted: [],
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, [severity]: 1 } },
  });
}

describe('deps-audit reads pnpm audit (#13 Low: offline-tolerant vulnerability check)', () => {
  it('a high or critical advisory fails, naming the package and the advisory', () => {
    for (const severity of ['high', 'critical']) {
      const out = classify(1, report(severity));
      expect(out.verdict).toBe('found');
      expect(out.message).toContain('some-dependency <1.2.3: Prototype pollution (GHSA-xxxx-xxxx-xxxx)');
    }
  });

  it('an advisory below high passes and is mentioned', () => {
    expect(classify(0, report('moderate'))).toEqual({ verdict: 'clean', message: 'below high: 1 moderate' });
  });

  it('an advisory service that does not answer, cannot be reached or times out is a notice, not a failure', () => {
    expect(classify(1, unreachable).verdict).toBe('unreachable');
    expect(classify(1, '', 'request to <registry> failed, reason: getaddrinfo ENOTFOUND').verdict).toBe('unreachable');
    expect(classify(null, '').verdict).toBe('unreachable');
  });

  it('anything else pnpm reports is an error, never a pass', () => {
    expect(
      classify(1, JSON.stringify({ error: { code: 'ERR_PNPM_AUDIT_NO_LOCKFILE', message: 'no lockfile' } })),
    ).toEqual({ verdict: 'error', message: 'ERR_PNPM_AUDIT_NO_LOCKFILE: no lockfile' });
    expect(classify(1, 'not json').verdict).toBe('error');
  });
});
