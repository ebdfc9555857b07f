import { describe, expect, it } from 'vitest';
import { repairFeedback } from './repair-feedback.js';

// Seed 4.9 (line 217): 維修結束后向業戶征詢意見，并詳細記錄在案。 4.10 (line 218): …并對維修結果進行回訪。
// The seed sets no limit; the default reading is the end of the calendar day after completion.
const completedAt = '2026-11-27T15:00:00+08:00';

describe('P08.repair-feedback (4.9,4.10)', () => {
  it('feedback by the end of the next day is met (inclusive), 1 ms later breached', () => {
    expect(repairFeedback({ completedAt, feedbackAt: '2026-11-28T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-28T23:59:59.999+08:00',
        target: { value: 1, unit: 'day', comparator: '<=' },
        deadline: { kind: 'calendar-days' },
      },
    });
    const late = repairFeedback({ completedAt, feedbackAt: '2026-11-29T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.en).toContain('P08 prescribes no penalty');
  });

  it('asked on time but not recorded is breached', () => {
    const r = repairFeedback({ completedAt, feedbackAt: '2026-11-27T16:00:00+08:00', recorded: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未按4.9详细记录在案');
  });

  it('not yet asked: pending, at-risk past 75% of the window, breached after the due time', () => {
    // Window 11-27 15:00 → 11-28 23:59:59.999; 75% falls at about 11-28 15:45.
    const at = (asOf: string) => repairFeedback({ completedAt }, { asOf });
    expect(at('2026-11-28T15:44:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-28T15:46:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-29T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can require the same day', () => {
    const config = { rules: { 'P08.repair-feedback': { days: 0 } } };
    expect(repairFeedback({ completedAt, feedbackAt: '2026-11-28T08:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-27T23:59:59.999+08:00' },
    });
  });

  it('rejects feedback before completion and an unasked opinion marked unrecorded, naming the field', () => {
    expect(repairFeedback({ completedAt, feedbackAt: '2026-11-27T14:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['feedbackAt'] }] },
    });
    expect(repairFeedback({ completedAt, recorded: false, asOf: completedAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['recorded'] }] },
    });
  });
});
