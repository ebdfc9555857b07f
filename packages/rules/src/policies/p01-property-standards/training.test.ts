import { describe, expect, it } from 'vitest';
import { training } from './training.js';

// Seed 培訓 1 (line 36): 每月制定培訓計劃。 培訓 3 (line 38): 培訓合格率100%。(每周1次)
// 2026-11 has five weeks that begin on a Monday (11-02, 09, 16, 23, 30): five sessions by default.
const month = '2026-11';
const done = { month, planMadeAt: '2026-11-01T09:00:00+08:00', sessions: 5, trainees: 10, passed: 10 };

describe('P01.training (培訓 1,3)', () => {
  it('a plan, one session a week and everyone passing is met', () => {
    const r = training(done);
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-30T23:59:59.999+08:00',
        measured: { value: 1, unit: 'ratio' },
        target: { value: 1, comparator: '>=' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain('5 sessions in 2026-11 (5 required: 5 weeks × 1)');
  });

  it('one session short of one a week is breached', () => {
    const r = training({ ...done, sessions: 4 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('培训4次（要求5次');
  });

  // #18, seed 培訓 2 (line 37): 按培訓計劃組織實施 — the sessions were counted only against one a week.
  it('reproduction #18 培訓 2: a plan of 7 sessions needs 7 — 7 held is met, 6 (more than one a week) is breached', () => {
    expect(training({ ...done, sessions: 7, plannedSessions: 7 })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const r = training({ ...done, sessions: 6, plannedSessions: 7 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain(
      '6 sessions in 2026-11 (7 required: 5 weeks × 1; the plan lists 7)',
    );
    expect(r.ok && r.result.explanation.zh).toContain('培训计划列出7次');
  });

  it('培訓 2: a plan listing fewer sessions than the weeks still needs one a week (line 38)', () => {
    expect(training({ ...done, sessions: 4, plannedSessions: 3 })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(training({ ...done, plannedSessions: 3 })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('培訓 2: a negative planned count is rejected naming plannedSessions', () => {
    expect(training({ ...done, plannedSessions: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['plannedSessions'] }] },
    });
  });

  it('a pass rate of 90% is breached (合格率100%)', () => {
    const r = training({ ...done, passed: 9 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.9 } } });
    expect(r.ok && r.result.explanation.en).toContain('9 of 10 passed (90%; 100% required)');
  });

  it('weeks in the month can be given: 4 sessions for 4 weeks is met', () => {
    expect(training({ ...done, sessions: 4, weeksInMonth: 4 })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('no plan yet: pending, at-risk late in the month, breached after it', () => {
    const open = { month, sessions: 1, trainees: 5, passed: 5 };
    expect(training({ ...open, asOf: '2026-11-05T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(training({ ...open, asOf: '2026-11-28T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
    expect(training({ ...open, asOf: '2026-12-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a plan made at the last instant of the month is on time, the next instant late', () => {
    expect(training({ ...done, planMadeAt: '2026-11-30T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(training({ ...done, planMadeAt: '2026-12-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects contradictory counts, naming the field', () => {
    expect(training({ ...done, passed: 11 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['passed'] }] },
    });
    expect(training({ ...done, trainees: 0, passed: 0 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['trainees'] }] },
    });
    expect(training({ ...done, sessions: 0 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['sessions'] }] },
    });
    // 2021-02 runs Monday 02-01 to Sunday 02-28: exactly four weeks.
    expect(
      training({ ...done, month: '2021-02', planMadeAt: '2021-02-01T09:00:00+08:00', weeksInMonth: 5 }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['weeksInMonth'] }] } });
  });

  it('an organisation can want the plan by the 25th of the month before, and two sessions a week', () => {
    const config = { rules: { 'P01.training': { planDueDay: 25, planDueMonthsAfter: -1, sessionsPerWeek: 2 } } };
    const r = training({ ...done, sessions: 10 }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-10-25T23:59:59.999+08:00' } });
    expect(training({ ...done, sessions: 10, planMadeAt: '2026-10-25T18:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });
});
