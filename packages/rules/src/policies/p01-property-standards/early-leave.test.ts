import { describe, expect, it } from 'vitest';
import { earlyLeave } from './early-leave.js';

// Seed 行為 7 (line 27): 不遲到早退。
const shiftEnd = '2026-11-27T17:30:00+08:00';

describe('P01.early-leave (行為 7: 不早退)', () => {
  it('leaving exactly at the shift’s end is met', () => {
    expect(earlyLeave({ shiftEnd, leftAt: shiftEnd })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'minute' } },
    });
  });

  it('leaving 1 ms before the end is breached: no grace (the reproduction: 早退 was judged nowhere)', () => {
    const r = earlyLeave({ shiftEnd, leftAt: '2026-11-27T17:29:59.999+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('早退');
  });

  it('reports the minutes early', () => {
    expect(earlyLeave({ shiftEnd, leftAt: '2026-11-27T17:00:00+08:00', employee: 'E1' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 30, unit: 'minute' }, target: { value: 0, comparator: '<=' } },
    });
  });

  it('rejects a missing or malformed time, naming the field', () => {
    // `run` takes facts as a log gives them, untyped: the bad input is the point.
    expect(earlyLeave.run({ shiftEnd })).toMatchObject({ ok: false, error: { issues: [{ path: ['leftAt'] }] } });
    expect(earlyLeave({ shiftEnd: '17:30', leftAt: shiftEnd })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['shiftEnd'] }] },
    });
  });
});
