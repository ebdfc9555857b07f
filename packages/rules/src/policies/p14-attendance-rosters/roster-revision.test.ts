import { describe, expect, it } from 'vitest';
import { rosterRevision } from './roster-revision.js';

// Seed 1.1.7 (line 479): 排班表如經修改，需通知并重新復印給相關部門及人員，并將舊表收回。
const done = { month: '2026-04', notified: true, reissued: true, oldRecalled: true };

describe('P14.roster-revision (1.1.7, seed line 479)', () => {
  it('notified, re-issued and the old copies recalled is met', () => {
    expect(rosterRevision(done)).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0 }, target: { value: 0, comparator: '<=' }, sanctions: [] },
    });
  });

  it('each step left undone alone is breached and named; P14 prescribes no penalty', () => {
    for (const [field, en] of [
      ['notified', 'notice of the revision'],
      ['reissued', 'the revised roster re-issued'],
      ['oldRecalled', 'the old copies recalled'],
    ] as const) {
      const r = rosterRevision({ ...done, [field]: false });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 }, sanctions: [] } });
      expect(r.ok && r.result.explanation.en).toContain(`without ${en}`);
    }
    const none = rosterRevision({ notified: false, reissued: false, oldRecalled: false });
    expect(none).toMatchObject({ ok: true, result: { measured: { value: 3 } } });
    expect(none.ok && none.result.explanation.zh).toContain('通知修改、重新复印发放、收回旧表');
  });

  it('a step not stated, or a bad month, is rejected naming the field', () => {
    const { oldRecalled: _, ...noRecall } = done;
    expect(rosterRevision(noRecall as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['oldRecalled'] }] },
    });
    expect(rosterRevision({ ...done, month: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['month'] }] },
    });
  });
});
