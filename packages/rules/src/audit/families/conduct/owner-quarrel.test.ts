/**
 * P12 4.2.2(1) (seed line 380), #18: 與業主爭吵者，視情節給予處分，嚴重者給予自動離職處分 — a `conduct-breach` of kind
 * `owner-quarrel` is judged by P12.owner-quarrel on its line and its sanction reaches the person's month.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, ledgerOf, only } from '../../test-kit.js';

describe('conduct: a quarrel with an owner (P12 4.2.2(1))', () => {
  it('嚴重者給予自動離職處分: a serious quarrel is a deemed resignation on the ledger', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'owner-quarrel', severity: 'heavy' }),
    ]);
    const finding = only(report, 'P12.owner-quarrel');
    expect(finding.lines).toEqual([1]);
    expect(finding.result.status).toBe('breached');
    expect(ledgerOf(report, 'E1', '2026-03')?.sanctions).toEqual([
      { type: 'deemed-resignation', clause: 'P12 4.2.2(1)' },
    ]);
    // P10's quarrel (a trading firm's customer, dismissal and a month's salary) is not judged.
    expect(findingsOf(report, 'P10.quarrel')).toEqual([]);
  });

  it('視情節給予處分: a light quarrel is a warning; it costs no points', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'owner-quarrel', severity: 'light' }),
    ]);
    expect(only(report, 'P12.owner-quarrel').result.sanctions).toEqual([{ type: 'warning', clause: 'P12 4.2.2(1)' }]);
    const month = ledgerOf(report, 'E1', '2026-03');
    expect(month?.sanctions.map((s) => s.type)).toEqual(['warning']);
    expect(month?.points).toBe(0);
  });

  it('a quarrel line without its circumstances, or with points, is rejected naming severity', async () => {
    const report = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'owner-quarrel' }),
      ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'owner-quarrel', severity: -5 }),
    ]);
    expect(findingsOf(report, 'P12.owner-quarrel')).toEqual([]);
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [1, 'invalid-facts'],
      [2, 'invalid-facts'],
    ]);
  });
});
