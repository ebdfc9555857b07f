/**
 * Review (h) of the order independence of the complaints and GPS families (docs/events.md, "maxDelay"):
 * without `maxDelay` and given `asOf`, every order of a case's lines gives the same verdicts, parties,
 * rejections and month lines. Each test names the seed clause whose finding changed with the order.
 */
import { describe, expect, it } from 'vitest';
import { runAudit } from './stream.js';
import { asOf, ev, org } from './test-kit.js';
import type { AuditReport } from './types.js';

/** Every permutation of 0..n-1 (small n). */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1))
    for (let i = 0; i <= p.length; i += 1) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

/**
 * What must not depend on the order, lines mapped back to the original ones: each finding's rule, status,
 * key and party (and a month finding's lines), and each rejection.
 */
function canon(r: AuditReport, perm: readonly number[]): string[] {
  const id = (n: number) => perm[n - 1] ?? -1;
  const findings = r.findings.map((f) =>
    JSON.stringify([
      f.result.ruleId,
      f.result.status ?? f.result.value,
      f.key,
      f.employee,
      f.department,
      // a case's finding decided while reading lists its lines read so far (documented); a month's is fixed
      /^\d{4}-\d{2}$/.test(f.key ?? '') ? f.lines.map(id).sort((a, b) => a - b) : [],
    ]),
  );
  const rejected = r.rejected.map((x) => JSON.stringify([id(x.line), x.code]));
  return [...findings.sort(), '--', ...rejected.sort()];
}

/** Every order of `lines` gives the report of their time order; returns that report. */
async function sameInEveryOrder(lines: readonly string[]): Promise<AuditReport> {
  const straight = await runAudit(lines, { asOf, org });
  const expected = canon(
    straight,
    lines.map((_, i) => i),
  );
  for (const perm of permutations(lines.length)) {
    const got = await runAudit(
      perm.map((i) => lines[i] ?? ''),
      { asOf, org },
    );
    expect(canon(got, perm), `order ${perm.join(',')}`).toEqual(expected);
  }
  return straight;
}

const of = (r: AuditReport, rule: string) => r.findings.filter((f) => f.result.ruleId === rule);

describe('GPS orders (P03): every order of an order’s lines', () => {
  const order = [
    ev('dispatch-approved', '2026-03-26T12:00', { case: 'G2', order: 'repair' }),
    ev('technician-departed', '2026-03-26T13:00', { case: 'G2', employee: 'G1', order: 'repair' }),
    ev('fee-collected', '2026-03-26T14:00', { case: 'G2', invoiceIssued: true, amount: 150 }),
    ev('technician-returned', '2026-03-26T16:00', { case: 'G2' }),
    ev('fee-remitted', '2026-03-26T16:30', { case: 'G2' }),
  ];

  it('P03 收費 (回到公司后，立即將款交于財務): the remittance is met and the technician’s, in every order of the five lines', async () => {
    const r = await sameInEveryOrder(order);
    expect(of(r, 'P03.fee-remittance').map((f) => [f.result.status, f.employee])).toEqual([['met', 'G1']]);
    expect(r.rejected).toEqual([]);
  });

  it('P03 收費: an order whose dispatch is judged and technician back is not freed before its fee lines', async () => {
    const [approved, departed, collected, returned, remitted] = order.map((l) => l);
    const r = await runAudit(
      [approved, departed, returned, collected, remitted].map((l) => l ?? ''),
      { asOf, org },
    );
    expect(r.rejected).toEqual([]);
    expect(of(r, 'P03.fee-remittance').map((f) => [f.result.status, f.employee])).toEqual([['met', 'G1']]);
  });
});
