/**
 * #18 (seed-f): the audit decides P03 流程 (line 89, the installation work order from its three documents,
 * P03.work-order) and 客戶服務 (line 102, a suggestion passed on and its outcome reported in time,
 * P03.suggestion-feedback) from their own lines.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('GPS: the installation work order (P03 流程, seed line 89)', () => {
  it('reproduction (#18): a work order without the vehicle list is breached; from all three, met', async () => {
    const r = await audit([
      ev('work-order-filled', '2026-03-02T09:00', {
        employee: 'E1',
        inputs: ['installation-request', 'driver-vehicle-info'],
      }),
    ]);
    expect(only(r, 'P03.work-order')).toMatchObject({ employee: 'E1', result: { status: 'breached' } });
    const all = ['installation-request', 'vehicle-list', 'driver-vehicle-info'];
    const ok = await audit([ev('work-order-filled', '2026-03-02T09:00', { employee: 'E1', inputs: all })]);
    expect(only(ok, 'P03.work-order').result.status).toBe('met');
  });

  it('a document off the list is refused as invalid facts, naming the entry', async () => {
    const r = await audit([ev('work-order-filled', '2026-03-02T09:00', { inputs: ['fax'] })]);
    expect(findingsOf(r, 'P03.work-order')).toEqual([]);
    expect(r.rejected[0]?.code).toBe('invalid-facts');
    expect(r.rejected[0]?.reason).toContain('inputs');
  });
});

describe('GPS: a suggestion passed on and answered in time (P03 客戶服務, seed line 102)', () => {
  const lines = [
    ev('suggestion-reported', '2026-03-05T09:00', {
      employee: 'E1',
      receivedAt: '2026-03-02T09:00:00+08:00',
      forwarded: true,
    }),
    ev('suggestion-reported', '2026-03-12T09:00', {
      employee: 'E1',
      receivedAt: '2026-03-02T09:00:00+08:00',
      forwarded: true,
    }),
  ];

  it('unconfigured: each line is rejected as not-configured, naming reportWithin', async () => {
    const r = await audit(lines);
    expect(findingsOf(r, 'P03.suggestion-feedback')).toEqual([]);
    expect(r.rejected.map((x) => x.code)).toEqual(['not-configured', 'not-configured']);
    expect(r.rejected[0]?.reason).toContain('reportWithin');
  });

  it('reproduction (#18): with reportWithin P7D, 3 days met and 10 days breached', async () => {
    const config = { rules: { 'P03.suggestion-feedback': { reportWithin: 'P7D' } } };
    const r = await audit(lines, { config });
    expect(findingsOf(r, 'P03.suggestion-feedback').map((f) => f.result.status)).toEqual(['met', 'breached']);
  });
});

describe('GPS: the tape label on a returned terminal (P03 返修/流程, seed line 93)', () => {
  it('reproduction (#18): a swap recorded in full but the returned terminal not labelled is breached from its line; labelled, met', async () => {
    const swap = { plate: '粵B12345', fault: '無定位', oldTerminal: '860001', newTerminal: '860002' };
    const unlabelled = await audit([ev('terminal-swapped', '2026-03-02T09:00', { ...swap, labelled: false })]);
    expect(only(unlabelled, 'P03.terminal-swap').result.status).toBe('breached');
    expect(only(unlabelled, 'P03.terminal-swap').result.explanation.zh).toContain('纸胶带');
    const labelled = await audit([ev('terminal-swapped', '2026-03-02T09:00', { ...swap, labelled: true })]);
    expect(only(labelled, 'P03.terminal-swap').result.status).toBe('met');
  });
});
