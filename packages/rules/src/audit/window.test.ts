/**
 * Issue #13 (High): a few bytes must never buy unbounded work. A line dated far from the rest is rejected
 * as `out-of-range` (the window: `asOf` or `now`, `maxFuture`, `maxMonths`) instead of opening every month
 * in between; it moves neither the `maxDelay` horizon nor the latest instant. Lines after `asOf` within
 * `maxFuture` are accepted and said so (`summary.afterAsOf`, the warning `after-as-of`: the #13 Low item).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KefuRuleError } from '../kernel/errors.js';
import { runAudit, streamAudit } from './stream.js';
import { asOf, audit, ev, org } from './test-kit.js';
import type { AuditRecord, AuditReport } from './types.js';

async function records(lines: string[], options: Parameters<typeof streamAudit>[1]): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of streamAudit(lines, options)) out.push(r);
  return out;
}

const conserved = (r: AuditReport) => expect(r.summary.lines).toBe(r.summary.evaluated + r.summary.rejected);

// The two lines (212 bytes): one dated 2026, one dated 9999.
const twoLines = [
  ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
  ev('complaint-received', '9999-12-31T09:00', { case: 'C2', employee: 'E1' }),
];

describe('far-dated lines (#13 High: a line dated 9999 opened every month up to it)', () => {
  it('reproduction: the 2026 and 9999 lines — the 9999 line is out-of-range and the records are few, with no anchor', async () => {
    const out = await records(twoLines, { org });
    // Before the fix: 327,297 records (a ledger row per person per month up to 9999).
    expect(out.length).toBeLessThan(40);
    const rejected = out.flatMap((r) => (r.type === 'rejected' ? [r.rejected] : []));
    expect(rejected).toEqual([expect.objectContaining({ line: 2, code: 'out-of-range' })]);
    expect(rejected[0]?.reason).toMatch(/9999-12-31T09:00:00\+08:00 is outside the years Kefu handles \(1970–2100\)/);
  });

  it('reproduction: the same two lines with asOf or now: the window is anchored and said in the summary', async () => {
    for (const anchor of [{ asOf }, { now: asOf }]) {
      const r = await runAudit(twoLines, { org, ...anchor });
      conserved(r);
      expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'out-of-range']]);
      expect(r.ledger.map((e) => e.month)).toEqual(expect.arrayContaining(['2026-03']));
      expect(new Set(r.ledger.map((e) => e.month))).toEqual(new Set(['2026-03']));
      expect(r.summary.window).toEqual({
        from: '2021-04-01T00:00:00.000+08:00',
        to: '2026-04-01T23:59:59.000+08:00',
        anchor: 'asOf' in anchor ? 'asOf' : 'now',
        maxMonths: 60,
        maxFuture: 'PT24H',
      });
      expect(r.summary.to).toBe('2026-03-02T09:00:00.000+08:00');
    }
  });

  it('a line after asOf + maxFuture or before the maxMonths window is out-of-range, naming its instant and the window', async () => {
    const lines = [
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-received', '2026-04-02T00:00', { case: 'C2', employee: 'E1' }),
      ev('complaint-received', '2021-03-31T23:59', { case: 'C3', employee: 'E1' }),
      ev('complaint-received', '2021-04-01T00:00', { case: 'C4', employee: 'E1' }),
    ];
    const r = await audit(lines);
    conserved(r);
    const reasons = Object.fromEntries(r.rejected.map((x) => [x.line, x.reason]));
    expect(Object.keys(reasons)).toEqual(['2', '3']);
    expect(reasons[2]).toBe(
      "at 2026-04-02T00:00:00+08:00 is after the audit's window, which ends at 2026-04-01T23:59:59.000+08:00 (asOf + maxFuture PT24H)",
    );
    expect(reasons[3]).toBe(
      "at 2021-03-31T23:59:00+08:00 is before the audit's window, which starts at 2021-04-01T00:00:00.000+08:00 (maxMonths 60 months up to asOf's month)",
    );
    const narrow = await audit(lines, { maxMonths: 1, maxFuture: 'P3D' });
    expect(narrow.rejected.map((x) => x.line)).toEqual([3, 4]);
    expect(narrow.summary.window).toMatchObject({ from: '2026-03-01T00:00:00.000+08:00', maxMonths: 1 });
  });

  it('without an anchor the accepted span is at most maxMonths: the line that would widen it is rejected (order decides)', async () => {
    const early = ev('complaint-received', '2026-01-05T09:00', { case: 'C1', employee: 'E1' });
    const late = ev('complaint-received', '2026-03-05T09:00', { case: 'C2', employee: 'E1' });
    const a = await runAudit([early, late], { org, maxMonths: 2 });
    expect(a.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'out-of-range']]);
    expect(a.rejected[0]?.reason).toMatch(/would make the log span 3 months, more than maxMonths \(2\)/);
    const b = await runAudit([late, early], { org, maxMonths: 2 });
    expect(b.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'out-of-range']]);
    expect(b.summary.window).toEqual({
      from: '2026-03-05T09:00:00.000+08:00',
      to: '2026-03-05T09:00:00.000+08:00',
      anchor: 'log',
      maxMonths: 2,
      maxFuture: 'PT24H',
    });
  });

  it('property: conservation and order independence hold with out-of-range lines when asOf is given', async () => {
    const base = [
      ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-replied', '2026-03-02T13:00', { case: 'C1', nextReplyAt: '2026-03-02T18:00:00+08:00' }),
      ev('complaint-received', '2026-03-10T09:00', { case: 'C2', employee: 'E1' }),
      ev('complaint-received', '2026-03-20T09:00', { case: 'C3', employee: 'E2' }),
      ev('arrived', '2026-03-03T08:40', { employee: 'E2', shiftStart: '2026-03-03T08:30:00+08:00' }),
    ];
    const far = [
      ev('complaint-received', '9999-12-31T09:00', { case: 'F1', employee: 'E1' }),
      ev('complaint-replied', '2062-05-01T09:00', { case: 'C2' }),
      ev('arrived', '2019-03-03T08:40', { employee: 'E1', shiftStart: '2019-03-03T08:30:00+08:00' }),
      ev('complaint-received', '1800-01-01T09:00', { case: 'F2', employee: 'E2' }),
      ev('complaint-received', '2026-04-05T09:00', { case: 'F3', employee: 'E2' }),
    ];
    const canonical = (r: AuditReport, lines: readonly string[]) => ({
      findings: r.findings
        .map((f) => JSON.stringify([f.result, f.key, f.lines.map((n) => lines[n - 1]).sort()]))
        .sort(),
      rejected: r.rejected.map((x) => JSON.stringify([lines[x.line - 1], x.code])).sort(),
      ledger: r.ledger,
    });
    // maxDelay wider than the base lines' span: any order of them is in time; the far lines must not move the horizon.
    const alone = await audit(base, { maxDelay: 'P30D' });
    const expected = canonical(alone, base);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...base, ...far], { minLength: base.length + far.length }),
        async (lines) => {
          const r = await audit(lines, { maxDelay: 'P30D' });
          conserved(r);
          expect(r.summary.rejectedBy).toEqual({ 'out-of-range': far.length });
          const got = canonical(r, lines);
          expect(got.findings).toEqual(expected.findings);
          expect(got.ledger).toEqual(expected.ledger);
          expect(r.summary.to).toBe(alone.summary.to);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('options: now, maxFuture, maxMonths and maxLineBytes are checked, in the caller’s words', () => {
    const bad = (options: object) => {
      try {
        streamAudit([], options);
      } catch (e) {
        return e instanceof KefuRuleError ? e.message : String(e);
      }
      return 'accepted';
    };
    expect(bad({ now: 'yesterday' })).toBe('now: expected an ISO-8601 instant with an offset or Z');
    expect(bad({ asOf: '1969-12-31T00:00:00Z' })).toBe('asOf: outside the years Kefu handles (1970–2100)');
    expect(bad({ maxFuture: 'P2Y' })).toMatch(/^maxFuture: expected an ISO-8601 duration from PT0S to P366D/);
    expect(bad({ maxMonths: 0 })).toBe('maxMonths: expected a whole number from 1 to 1200');
    expect(bad({ maxMonths: 1.5 })).toBe('maxMonths: expected a whole number from 1 to 1200');
    expect(bad({ maxLineBytes: 10 })).toMatch(/^maxLineBytes: expected a whole number from 1024/);
    expect(bad({ now: asOf, maxFuture: 'PT0S', maxMonths: 1200, maxLineBytes: 2048 })).toBe('accepted');
  });
});

describe('maxDelay horizon (#13 High: one future-dated line discarded everything after it)', () => {
  const lines = [
    ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
    ev('complaint-received', '2062-03-02T09:00', { case: 'C2', employee: 'E1' }),
    ev('complaint-replied', '2026-03-02T10:00', { case: 'C1', nextReplyAt: '2026-03-02T18:00:00+08:00' }),
    ev('complaint-closed', '2026-03-02T16:00', { case: 'C1' }),
    ev('arrived', '2026-03-03T08:40', { employee: 'E2', shiftStart: '2026-03-03T08:30:00+08:00' }),
  ];

  it('reproduction: a 5-line log with one line dated 2062 rejects only that line, with now or with no anchor', async () => {
    for (const anchor of [{ now: '2026-03-31T12:00:00+08:00' }, {}]) {
      const r = await runAudit(lines, { org, maxDelay: 'P7D', ...anchor });
      conserved(r);
      // Before the fix: lines 3–5 rejected as late-event, and 36 years of month records.
      expect(r.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'out-of-range']]);
      expect(new Set(r.ledger.map((e) => e.month))).toEqual(new Set(['2026-03']));
      expect(r.summary.to).toBe('2026-03-03T08:40:00.000+08:00');
      expect(r.summary.asOf).toBe('2026-03-03T08:40:00.000+08:00');
    }
  });
});

describe('after asOf (#13 Low: facts and events after asOf were accepted silently)', () => {
  it('a line within maxFuture after asOf is accepted, counted in summary.afterAsOf and its findings warned after-as-of', async () => {
    const r = await audit([
      ev('complaint-received', '2026-03-30T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-received', '2026-04-01T10:00', { case: 'C2', employee: 'E1' }),
    ]);
    conserved(r);
    expect(r.summary.afterAsOf).toBe(1);
    const byCase = (key: string) => r.findings.filter((f) => f.key === key);
    expect(byCase('C2').length).toBeGreaterThan(0);
    for (const f of byCase('C2')) expect(f.result.warnings.map((w) => w.code)).toContain('after-as-of');
    for (const f of byCase('C1')) expect(f.result.warnings.map((w) => w.code)).not.toContain('after-as-of');
  });

  it('a facts event whose facts are dated after asOf is warned after-as-of (the issue\u2019s "measured −1,052,460 min")', async () => {
    const r = await audit([
      ev('facts', '2026-03-30T09:00', {
        rule: 'P01.complaint-reply',
        employee: 'E1',
        facts: { receivedAt: '2028-03-30T09:00:00+08:00', valid: true },
      }),
    ]);
    expect(r.summary.afterAsOf).toBe(1);
    expect(r.findings[0]?.result.warnings.map((w) => w.code)).toContain('after-as-of');
  });

  it('without asOf there is nothing after it: no afterAsOf count', async () => {
    const r = await runAudit([ev('complaint-received', '2026-03-30T09:00', { case: 'C1' })], { org });
    expect(r.summary.afterAsOf).toBeUndefined();
  });
});

describe('the window never reaches outside 1970–2100', () => {
  it('maxMonths 1200 from 2026 starts the window at 1970, not 1926', async () => {
    const r = await audit([], { maxMonths: 1200 });
    expect(r.summary.window.from).toBe('1970-01-01T08:00:00.000+08:00');
  });
});
