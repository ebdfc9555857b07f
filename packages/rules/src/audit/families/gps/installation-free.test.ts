/**
 * P03 專業安裝 (seed line 82), #18: 免費上門設計、安裝 — an `installation-charged` line is judged by
 * P03.installation-free on its own line.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

describe('GPS: design and installation visits are free (P03 專業安裝)', () => {
  it('nothing charged is met; a charge is breached; a repair charge is not judged by it', async () => {
    const report = await audit([
      ev('installation-charged', '2026-03-02T10:00', { employee: 'G1', charged: 0 }),
      ev('installation-charged', '2026-03-02T11:00', { employee: 'G1', charged: 50, work: 'design' }),
    ]);
    const found = findingsOf(report, 'P03.installation-free').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
    ]);
    expect(findingsOf(report, 'P03.repair-charge')).toEqual([]);
  });

  it('a line without the amount charged is rejected', async () => {
    const report = await audit([ev('installation-charged', '2026-03-02T10:00', { employee: 'G1' })]);
    expect(findingsOf(report, 'P03.installation-free')).toEqual([]);
    expect(report.rejected.map((r) => r.line)).toEqual([1]);
  });
});
