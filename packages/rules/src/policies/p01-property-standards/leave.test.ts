import { describe, expect, it } from 'vitest';
import { leave } from './leave.js';

// Seed 行為 7 (line 27): 不遲到早退。無特殊事件一律不準請假或叫人頂崗，頂崗時間不超過4小時。
// #18: leave (請假) without a special event was not modelled (only cover and leaving early were).
const leaveStart = '2026-03-02T09:00:00+08:00';

describe('P01.leave (行為 7)', () => {
  it('reproduction #18: leave without a special event is breached; with one it is met', () => {
    const r = leave({ leaveStart, specialEvent: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('无特殊事件一律不准请假');
    expect(leave({ leaveStart, specialEvent: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a leave whose reason is not given is met with a warning saying so', () => {
    expect(leave({ leaveStart })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'special-event-unknown' }] },
    });
  });

  it('rejects a malformed start or an unknown fact, naming the field', () => {
    expect(leave({ leaveStart: 'Monday' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['leaveStart'] }] },
    });
    expect(leave({ leaveStart, reason: 'x' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-facts' } });
  });
});
