/**
 * The order independence of the complaints and GPS families (docs/events.md, "maxDelay"):
 * without `maxDelay` and given `asOf`, every order of a case's lines gives the same verdicts, parties,
 * rejections and month lines. Each test names the seed clause whose finding changed with the order.
 */
import { describe, expect, it } from 'vitest';
import { runAudit } from './stream.js';
import { asOf, ev, org, permutations } from './test-kit.js';
import type { AuditReport } from './types.js';

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

describe('complaints (P01, P13): every order of a case’s lines', () => {
  it('P01 投訴 6 (有效投訴回訪率為100%): the month’s callback rate cites each complaint by its receipt line', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-25T09:00', { case: 'C1', employee: 'E1' }),
      ev('complaint-replied', '2026-03-25T10:00', { case: 'C1', nextReplyAt: '2026-03-25T18:00:00+08:00' }),
      ev('complaint-called-back', '2026-03-25T15:00', { case: 'C1' }),
      ev('complaint-closed', '2026-03-25T16:00', { case: 'C1' }),
    ]);
    const [rate] = of(r, 'P01.complaint-callback-rate');
    expect(rate?.lines).toEqual([1]);
  });

  it('P04 1.6 (無投訴): a complaint confirmed invalid on a line read before its receipt still puts the month under P04', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-02T09:00', { case: 'C2', employee: 'E1' }),
      ev('complaint-invalidated', '2026-03-02T10:00', { case: 'C2' }),
    ]);
    expect(of(r, 'P04.zero-incidents').map((f) => [f.department, f.result.status])).toEqual([
      ['CS', 'met'],
      ['ENG', 'met'],
    ]);
  });

  it('P13 第九條(五) (應于一日內…作成綜合意見): an opinion read before the closing still meets the sales result read after it', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M1', scheme: 'manufacturing', market: 'domestic' }),
      ev('complaint-accepted', '2026-03-01T11:00', { case: 'M1', employee: 'E1' }),
      ev('sales-result-received', '2026-03-06T09:00', { case: 'M1', employee: 'E2' }),
      ev('opinion-written', '2026-03-06T15:00', { case: 'M1' }),
      ev('complaint-closed', '2026-03-10T09:00', { case: 'M1' }),
    ]);
    expect(of(r, 'P13.opinion').map((f) => [f.result.status, f.employee])).toEqual([['met', 'E2']]);
  });

  it('P13 第九條(二) (調查處理后三天內提出報告): a report read before the closing still meets the handling read after it', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M2', scheme: 'manufacturing', market: 'domestic' }),
      ev('complaint-accepted', '2026-03-01T11:00', { case: 'M2', employee: 'E1' }),
      ev('complaint-handled', '2026-03-02T09:00', { case: 'M2', employee: 'G1' }),
      ev('investigation-reported', '2026-03-03T09:00', { case: 'M2' }),
      ev('complaint-closed', '2026-03-10T09:00', { case: 'M2' }),
    ]);
    expect(of(r, 'P13.investigation-report').map((f) => [f.result.status, f.employee])).toEqual([['met', 'G1']]);
  });

  it('P13 第九條(二),(五): the quality department’s and GM office’s steps go to the same people whatever line is read first', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-accepted', '2026-03-01T11:00', { case: 'M3', employee: 'E1', market: 'domestic' }),
      ev('complaint-handled', '2026-03-02T09:00', { case: 'M3', employee: 'G1' }),
      ev('investigation-reported', '2026-03-03T09:00', { case: 'M3', employee: 'H2' }),
      ev('sales-result-received', '2026-03-06T09:00', { case: 'M3', employee: 'E2' }),
      ev('opinion-written', '2026-03-06T15:00', { case: 'M3', employee: 'H1' }),
    ]);
    expect(of(r, 'P13.investigation-report').map((f) => f.employee)).toEqual(['G1']);
    expect(of(r, 'P13.opinion').map((f) => f.employee)).toEqual(['E2']);
  });

  it('P13 第十條 (國內十五天國外二十天): the closing read before the receipt waits for the market the receipt gives', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M4', scheme: 'manufacturing', market: 'foreign' }),
      ev('complaint-accepted', '2026-03-01T10:00', { case: 'M4', employee: 'E1' }),
      ev('complaint-closed', '2026-03-19T10:00', { case: 'M4' }),
    ]);
    expect(of(r, 'P13.closure').map((f) => f.result.status)).toEqual(['met']);
    expect(r.rejected).toEqual([]);
  });

  it('P13 第十條 (自總經理室受理起): a closure whose acceptance names no one goes to the receipt’s clerk whatever order', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M6', scheme: 'manufacturing', employee: 'E1' }),
      ev('complaint-accepted', '2026-03-01T10:00', { case: 'M6', market: 'domestic' }),
      ev('complaint-closed', '2026-03-19T10:00', { case: 'M6' }),
    ]);
    expect(of(r, 'P13.closure').map((f) => [f.result.status, f.employee])).toEqual([['breached', 'E1']]);
  });

  it('P13 第十條: a market given on both receipt and acceptance is the acceptance’s whatever order', async () => {
    const r = await sameInEveryOrder([
      ev('complaint-received', '2026-03-01T09:00', { case: 'M5', scheme: 'manufacturing', market: 'domestic' }),
      ev('complaint-accepted', '2026-03-01T10:00', { case: 'M5', employee: 'E1', market: 'foreign' }),
      ev('complaint-closed', '2026-03-19T10:00', { case: 'M5' }),
    ]);
    // 18 days: within the foreign 20, past the domestic 15.
    expect(of(r, 'P13.closure').map((f) => f.result.status)).toEqual(['met']);
  });
});

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
