/**
 * The `statuses` option: only findings of the chosen statuses are handed out; every rule is still
 * evaluated, counted and booked. Seed clauses exercised: P01 投訴 4 「不能當場處理的有效投訴，2小時內回復業戶」
 * (the complaint reply) and P12 4.2.2(3) (lateness points, which reach the ledger).
 */
import { describe, expect, it } from 'vitest';
import { whatIf } from './diff.js';
import { findingStatuses, validateAuditOptions } from './options.js';
import { streamAudit } from './stream.js';
import { asOf, audit, ev, ledgerOf, org } from './test-kit.js';
import type { AuditRecord } from './types.js';

const log = [
  ev('complaint-received', '2026-03-02T09:00', { case: 'C1', employee: 'E1' }),
  // 1 h 30 min: met within the 2 h window.
  ev('complaint-replied', '2026-03-02T10:30', { case: 'C1', nextReplyAt: '2026-03-03T10:00:00+08:00' }),
  ev('complaint-received', '2026-03-03T09:00', { case: 'C2', employee: 'E2' }),
  // 3 h: breached.
  ev('complaint-replied', '2026-03-03T12:00', { case: 'C2', nextReplyAt: '2026-03-04T10:00:00+08:00' }),
  // 7 min late: breached, −5 points (P12 4.2.2(3)).
  ev('arrived', '2026-03-04T08:37', { employee: 'E2', shiftStart: '2026-03-04T08:30:00+08:00' }),
  'not json',
];

describe('statuses: which findings are handed out', () => {
  it('leaves out the other statuses but counts them and books them in the ledger', async () => {
    const all = await audit(log);
    const problems = await audit(log, { statuses: ['breached', 'at-risk', 'pending'] });
    const kept = all.findings.filter((f) => ['breached', 'at-risk', 'pending'].includes(f.result.status ?? ''));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.findings.length);
    // The same findings, in the same order, as the full audit's problems.
    expect(problems.findings).toEqual(kept);
    // The summary and the ledger do not depend on what is handed out.
    expect(problems.summary).toEqual(all.summary);
    expect(problems.ledger).toEqual(all.ledger);
    expect(ledgerOf(problems, 'E2', '2026-03')?.points).toBe(-5);
    // Rejections are always handed out: nothing is lost.
    expect(problems.rejected).toEqual(all.rejected);
    expect(problems.summary.lines).toBe(problems.summary.evaluated + problems.summary.rejected);
  });

  it('streams the same selection, with every ledger row', async () => {
    const records: AuditRecord[] = [];
    const it = streamAudit(log, { asOf, org, statuses: ['met'], streamLedger: true });
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      records.push(r.value);
    }
    const findings = records.flatMap((r) => (r.type === 'finding' ? [r.finding] : []));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.result.status === 'met')).toBe(true);
    const full = await audit(log);
    expect(records.filter((r) => r.type === 'ledger').map((r) => (r.type === 'ledger' ? r.entry : null))).toEqual(
      full.ledger,
    );
  });

  it('an empty list hands out no finding; every status listed is the default', async () => {
    const none = await audit(log, { statuses: [] });
    expect(none.findings).toEqual([]);
    expect(none.summary.findings).toBeGreaterThan(0);
    expect(await audit(log, { statuses: findingStatuses })).toEqual(await audit(log));
  });

  it('rejects what is not a list of statuses, naming the field', () => {
    expect(validateAuditOptions({ statuses: 'breached' })).toMatchObject({
      code: 'invalid-options',
      issues: [{ path: ['statuses'] }],
    });
    expect(validateAuditOptions({ statuses: ['breached', 'late'] })).toMatchObject({
      code: 'invalid-options',
      message: expect.stringContaining('"late" is not a status'),
      issues: [{ path: ['statuses', 1] }],
    });
    expect(() => streamAudit(log, { statuses: ['nope' as 'met'] })).toThrow(/statuses/);
  });

  it('is not an option of whatIf: a verdict going from met to breached needs both sides whole', async () => {
    const options = { asOf, org, statuses: ['breached'] } as Parameters<typeof whatIf>[3];
    await expect(whatIf(() => log, {}, {}, options)).rejects.toThrow(/statuses: not an option of whatIf/);
  });
});
