import { describe, expect, it } from 'vitest';
import { communityActivity } from './community-activity.js';

// Seed 社區文化 2 (line 33): 按社區文化方案或經確認后的改進方案組織實施; 社區文化 4 (line 35): 有效果評估。
describe('P01.community-activity (社區文化 2,4, seed lines 33, 35)', () => {
  it('an activity of the plan with its effect evaluated is met', () => {
    expect(communityActivity({ inPlan: true, evaluated: true, activity: '中秋游园' })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0 }, target: { value: 0, comparator: '<=' }, sanctions: [] },
    });
  });

  it('社區文化 2: an activity outside the plan is breached and says so', () => {
    const r = communityActivity({ inPlan: false, evaluated: true });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.en).toContain('in the plan or the confirmed improved plan');
  });

  it('社區文化 4: an activity with no effect evaluation is breached; both missing count 2', () => {
    const r = communityActivity({ inPlan: true, evaluated: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.zh).toContain('效果评估');
    expect(communityActivity({ inPlan: false, evaluated: false })).toMatchObject({
      ok: true,
      result: { measured: { value: 2 } },
    });
  });

  it('an activity that does not say whether it was evaluated is rejected naming the field', () => {
    expect(communityActivity({ inPlan: true } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['evaluated'] }] },
    });
  });
});
