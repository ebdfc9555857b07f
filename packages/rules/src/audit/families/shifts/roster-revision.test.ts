/**
 * P14 1.1.7 (seed line 479), #18: 排班表如經修改，需通知并重新復印給相關部門及人員，并將舊表收回 — a
 * `roster-revised` line is judged by P14.roster-revision on its own line.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf } from '../../test-kit.js';

describe('shifts: a revised roster (P14 1.1.7)', () => {
  it('all three steps done is met; the old copies left out is breached', async () => {
    const steps = { department: 'CS', month: '2026-03', notified: true, reissued: true };
    const report = await audit([
      ev('roster-revised', '2026-03-05T10:00', { ...steps, oldRecalled: true }),
      ev('roster-revised', '2026-03-12T10:00', { ...steps, oldRecalled: false }),
    ]);
    const found = findingsOf(report, 'P14.roster-revision').map((f) => [f.lines, f.result.status]);
    expect(found).toEqual([
      [[1], 'met'],
      [[2], 'breached'],
    ]);
  });

  it('a line that leaves a step unsaid is rejected, not read as done', async () => {
    const report = await audit([
      ev('roster-revised', '2026-03-05T10:00', { department: 'CS', notified: true, reissued: true }),
    ]);
    expect(findingsOf(report, 'P14.roster-revision')).toEqual([]);
    expect(report.rejected.map((r) => r.line)).toEqual([1]);
  });
});
