import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { patrolFollowUp } from './patrol-follow-up.js';

// Seed 4.13 (line 221): 根據每天的巡視工作記錄，及時督促有關責任部門及時整改、辦理，并對處理結果進行跟進。
describe('P08.patrol-follow-up (4.13, line 221)', () => {
  it('a finding sent for rectification with its result recorded is met', () => {
    expect(patrolFollowUp({ rectificationRequested: true, resultRecorded: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('a finding never sent to the department, or its result not followed up, is breached, naming what is missing', () => {
    const notSent = patrolFollowUp({ finding: '路燈不亮', rectificationRequested: false, resultRecorded: true });
    expect(notSent).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(notSent.ok && notSent.result.explanation.zh).toContain('未督促责任部门整改');
    const noResult = patrolFollowUp({ rectificationRequested: true, resultRecorded: false });
    expect(noResult.ok && noResult.result.explanation.en).toContain('without the result followed up and recorded');
  });

  it('rejects a finding that does not say whether it was sent, naming the field', () => {
    expect(evaluate(patrolFollowUp.id, { resultRecorded: true })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['rectificationRequested'] }] },
    });
  });
});
