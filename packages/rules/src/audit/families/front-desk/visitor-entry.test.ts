/**
 * P01 放行 4 (seed line 6), #18: 非業主進入責任區須經業戶認可后放行 — a `visitor-admitted` line is judged by
 * P01.visitor-entry on its own line.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

describe('front desk: a non-owner let into the area (P01 放行 4)', () => {
  it('with the resident’s consent met; against it, or with none recorded, breached', async () => {
    const report = await audit([
      ev('visitor-admitted', '2026-03-02T10:00', { employee: 'E1', residentConsent: true, household: '3-201' }),
      ev('visitor-admitted', '2026-03-02T11:00', { employee: 'E1', residentConsent: false }),
      ev('visitor-admitted', '2026-03-02T12:00', { employee: 'E1' }),
    ]);
    const found = findingsOf(report, 'P01.visitor-entry').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
      [[3], 'breached'],
    ]);
    // Entering is not releasing goods: P01.goods-release is not judged.
    expect(findingsOf(report, 'P01.goods-release')).toEqual([]);
  });

  it('a consent that is not a yes/no is rejected before any rule sees it', async () => {
    const report = await audit([ev('visitor-admitted', '2026-03-02T10:00', { residentConsent: 'yes' })]);
    expect(findingsOf(report, 'P01.visitor-entry')).toEqual([]);
    expect(report.rejected.map((r) => r.line)).toEqual([1]);
  });
});
