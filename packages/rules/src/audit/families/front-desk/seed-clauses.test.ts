/**
 * #18's front desk clauses, each judged on its own line: P01 放行 4 (seed line 6, 非業主進入責任區須經業戶認可
 * 后放行) by P01.visitor-entry from `visitor-admitted`; P01 社區文化 2,4 by P01.community-activity.
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

// P01 社區文化 2,4 (seed lines 33, 35), #18: an activity held as planned, its effect evaluated.
describe('front desk: a community-culture activity (P01 社區文化 2,4)', () => {
  it('as planned and evaluated is met; not evaluated is breached', async () => {
    const report = await audit([
      ev('community-activity-held', '2026-03-07T15:00', { inPlan: true, evaluated: true, activity: '植树节' }),
      ev('community-activity-held', '2026-03-21T15:00', { inPlan: true, evaluated: false }),
    ]);
    const found = findingsOf(report, 'P01.community-activity').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
    ]);
  });
});
