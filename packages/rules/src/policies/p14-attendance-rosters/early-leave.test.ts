import { describe, expect, it } from 'vitest';
import { earlyLeave as p01EarlyLeave } from '../p01-property-standards/early-leave.js';
import { earlyLeave } from './early-leave.js';

// Seed 1.2.2 (line 481): 員工應嚴格遵守作息時間。
const shiftEnd = '2026-11-27T17:30:00+08:00';

describe('P14.early-leave (1.2.2: keep the working hours)', () => {
  it('at the end is met; 1 ms before it is breached, with P14’s own consequence', () => {
    expect(earlyLeave({ shiftEnd, leftAt: shiftEnd })).toMatchObject({ ok: true, result: { status: 'met' } });
    const r = earlyLeave({ shiftEnd, leftAt: '2026-11-27T17:29:59.999+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', clause: 'P14 1.2.2' } });
    expect(r.ok && r.result.explanation.en).toContain('P14 prescribes no penalty');
  });

  it('judges the same departure as P01 行為 7 does', () => {
    const facts = { shiftEnd, leftAt: '2026-11-27T16:45:00+08:00' };
    const a = earlyLeave(facts);
    const b = p01EarlyLeave(facts);
    expect(a.ok && b.ok && [a.result.status, a.result.measured]).toEqual(b.ok && [b.result.status, b.result.measured]);
  });

  it('rejects a missing time, naming the field', () => {
    expect(earlyLeave.run({ leftAt: shiftEnd })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['shiftEnd'] }] },
    });
  });
});
