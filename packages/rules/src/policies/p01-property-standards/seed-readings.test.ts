import { describe, expect, it } from 'vitest';
import { complaintCallbackRate } from './complaint-callback-rate.js';
import { complaintReply } from './complaint-reply.js';
import { dutyRecordReview } from './duty-record-review.js';
import { householdVisits } from './household-visits.js';
import { surveyCollection } from './survey-collection.js';
import { surveyIssue } from './survey-issue.js';
import { training } from './training.js';

// A shortfall must never read as reaching the target: the explanation's percentage is the verdict's reason.
describe('P01 review: a share short of its target is not worded as reaching it', () => {
  it('走訪 1 (不低于總戶數的5%): 999 of 20000 households is breached and reads 4.99%, not 5%', () => {
    const r = householdVisits({ month: '2026-11', households: 20000, visited: 999 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.0499 } } });
    expect(r.ok && r.result.explanation.en).toContain('(4.99%; at least 5%');
    expect(r.ok && r.result.explanation.zh).toContain('（4.99%；要求不低于5%');
  });

  it('投訴 6 (有效投訴回訪率為100%): 19999 of 20000 called back is breached and reads 99.99%, not 100%', () => {
    const r = complaintCallbackRate({ validComplaints: 20000, calledBack: 19999 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.9999 } } });
    expect(r.ok && r.result.explanation.en).toContain('(99.99%; 100% required)');
    expect(r.ok && r.result.explanation.zh).toContain('回访率99.99%，要求100%');
  });

  it('投訴 6 with a 95% target: 19999 of 20000 is met but still not worded as 100%', () => {
    const r = complaintCallbackRate(
      { validComplaints: 20000, calledBack: 19999 },
      { config: { rules: { 'P01.complaint-callback-rate': { minRate: 0.95 } } } },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(r.ok && r.result.explanation.en).toContain('(99.99%; 95% required)');
  });

  it('走訪 3 (發放率是入住率的100%): 19999 questionnaires for 20000 households reads 99.99%', () => {
    const r = surveyIssue({
      half: '2026-H1',
      issuedAt: '2026-06-01T10:00:00+08:00',
      occupiedHouseholds: 20000,
      issued: 19999,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('发放率99.99%，要求100%');
  });

  it('走訪 4 (回收率不少于發放率的50%): 9999 of 20000 returned reads 49.99%, not 50%', () => {
    const r = surveyCollection({
      issuedAt: '2026-11-02T10:00:00+08:00',
      collectedAt: '2026-11-10T10:00:00+08:00',
      issued: 20000,
      returned: 9999,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('回收率49.99%，要求不少于50%');
  });

  it('培訓 3 (培訓合格率100%): 19999 of 20000 passed reads 99.99%', () => {
    const r = training({
      month: '2026-03',
      planMadeAt: '2026-03-01T10:00:00+08:00',
      sessions: 5,
      trainees: 20000,
      passed: 19999,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('19999 of 20000 passed (99.99%; 100% required)');
  });

  it('值班記錄 2 (抽查不少于20%): 3999 of 20000 spot-checked reads 19.99%, not 20%', () => {
    const r = dutyRecordReview({
      month: '2026-03',
      supervisorSignedAt: '2026-03-20T10:00:00+08:00',
      recordsTotal: 20000,
      recordsSpotChecked: 3999,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('3999 of 20000 records (19.99%; at least 20% required)');
  });
});

describe('P01 review: 投訴 4,5 (2小時內回復業戶) words its window in hours', () => {
  it('a late reply to a valid complaint says "2 h after receipt" / "收到投诉后2小时内", not the ISO "PT2H"', () => {
    const r = complaintReply({
      receivedAt: '2026-03-01T10:00:00+08:00',
      valid: true,
      repliedAt: '2026-03-01T13:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('2 h after receipt');
    expect(r.ok && r.result.explanation.zh).toContain('收到投诉后2小时内');
    expect(r.ok && r.result.explanation.en).not.toContain('PT2H');
  });

  it('an invalid complaint counts its 2 h from confirmation, worded "2 h after confirmed invalid"', () => {
    const r = complaintReply({
      receivedAt: '2026-03-01T10:00:00+08:00',
      valid: false,
      invalidatedAt: '2026-03-01T11:00:00+08:00',
      repliedAt: '2026-03-01T12:30:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(r.ok && r.result.explanation.zh).toContain('确认无效投诉后2小时内');
  });

  it('投訴 4 (并約定下次回復時間): a late reply that also fixed no next reply time says both', () => {
    const r = complaintReply({
      receivedAt: '2026-03-01T10:00:00+08:00',
      valid: true,
      repliedAt: '2026-03-01T13:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('fixed no next reply time');
    expect(r.ok && r.result.explanation.zh).toContain('未约定下次回复时间');
  });
});
