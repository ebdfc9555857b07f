/**
 * #18 item 6: the approval before a complaint penalty, decided from `penalty-executed` lines — P09 第十九條 2
 * (the 獎罰通知單 approved by the general manager, executed at month end), 第二十三條 (a sanction approved, then
 * published by HR-admin), P13 第十二條(二) (the notice approved, copied to three places).
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, only } from '../../test-kit.js';

describe('bonuses: penalty-executed', () => {
  it('reproduction: a retail deduction executed at month end without the GM approval is breached, on its line', async () => {
    const r = await audit([ev('penalty-executed', '2026-03-31T18:00', { employee: 'H1', scheme: 'retail' })]);
    const f = only(r, 'P09.penalty-approval');
    expect(f.result.status).toBe('breached');
    expect(f.lines).toEqual([1]);
    expect(f.employee).toBe('H1');
    expect(r.findings.filter((x) => x.result.ruleId === 'P13.penalty-approval')).toHaveLength(0);
  });

  it('a retail deduction approved first and executed on the last day is met; mid-month it is breached', async () => {
    const approvedAt = '2026-03-20T09:00:00+08:00';
    const monthEnd = await audit([ev('penalty-executed', '2026-03-31T18:00', { scheme: 'retail', approvedAt })]);
    expect(only(monthEnd, 'P09.penalty-approval').result.status).toBe('met');
    const midMonth = await audit([ev('penalty-executed', '2026-03-25T18:00', { scheme: 'retail', approvedAt })]);
    expect(only(midMonth, 'P09.penalty-approval').result.status).toBe('breached');
  });

  it('a retail sanction needs its publication by HR-admin', async () => {
    const line = { scheme: 'retail', kind: 'sanction', approvedAt: '2026-03-20T09:00:00+08:00' };
    const r = await audit([ev('penalty-executed', '2026-03-21T09:00', line)]);
    expect(only(r, 'P09.penalty-approval').result.explanation.en).toContain('HR-admin has not published it');
  });

  it('a manufacturing notice is judged by P13: approved and copied three ways is met, a copy missing breached', async () => {
    const line = {
      scheme: 'manufacturing',
      approvedAt: '2026-03-20T09:00:00+08:00',
      copies: ['gm-office', 'accounting', 'penalised-department'],
    };
    const met = await audit([ev('penalty-executed', '2026-03-21T09:00', line)]);
    expect(only(met, 'P13.penalty-approval').result.status).toBe('met');
    const short = await audit([ev('penalty-executed', '2026-03-21T09:00', { ...line, copies: ['gm-office'] })]);
    expect(only(short, 'P13.penalty-approval').result.status).toBe('breached');
  });

  it('a copy name outside the three, or copies on a retail line, is refused as invalid facts', async () => {
    const bad = await audit([
      ev('penalty-executed', '2026-03-21T09:00', { scheme: 'manufacturing', copies: ['boss'] }),
    ]);
    expect(bad.rejected.map((x) => x.code)).toEqual(['invalid-facts']);
    const retail = await audit([
      ev('penalty-executed', '2026-03-31T09:00', { scheme: 'retail', copies: ['accounting'] }),
    ]);
    expect(retail.rejected.map((x) => x.code)).toEqual(['invalid-facts']);
  });
});

describe('bonuses: P13 第十三條 returns, allowances and the collection rate (#18 item 9)', () => {
  it("reproduction: an allowance posted without the customer's seal is breached, on its line", async () => {
    const line = { employee: 'E1', kind: 'allowance', managerApproved: true, gmApproved: true, proof: 'invoice-copy' };
    const r = await audit([ev('return-posted', '2026-03-21T10:00', line)]);
    const f = only(r, 'P13.return-paperwork');
    expect(f.result).toMatchObject({ status: 'breached', measured: { value: 1 } });
    expect(f.result.explanation.en).toContain("no customer's seal");
    const sealed = await audit([ev('return-posted', '2026-03-21T10:00', { ...line, customerSealed: true })]);
    expect(only(sealed, 'P13.return-paperwork').result.status).toBe('met');
  });

  it('a proof outside the seed’s list is refused as invalid facts', async () => {
    const r = await audit([ev('return-posted', '2026-03-21T10:00', { kind: 'return', proof: 'receipt' })]);
    expect(r.rejected.map((x) => x.code)).toEqual(['invalid-facts']);
  });

  it("reproduction: a complaint's receivable is left out of the salesperson's collection rate", async () => {
    const line = { employee: 'E2', receivable: 10_000, collected: 7_000, complaintReceivable: 2_000 };
    const r = await audit([ev('collection-rate-reported', '2026-03-31T10:00', line)]);
    expect(only(r, 'P13.collection-rate').result).toMatchObject({
      kind: 'compute',
      value: { rate: 0.875, due: 8_000, excluded: 2_000 },
    });
  });
});
