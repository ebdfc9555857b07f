import { describe, expect, it } from 'vitest';
import { openRepairs } from './open-repairs.js';

// Seed 4.3 (line 202): 檢查前日報修統計及未完成問題匯總，對當日應解決的問題進行跟進處理，不能解決的需問明原因及解決的日期，在《值班日志》上注明。
const orderedAt = '2026-11-27T15:00:00+08:00';
const day = (d: number, time: string) => `2026-11-${d}T${time}+08:00`;
const note = { reason: 'part on order from the supplier', resolveBy: '2026-12-02' };

describe('P08.open-repairs (4.3)', () => {
  it('resolved on the day it was reported, up to 23:59:59.999: never on the next day’s review (not applicable)', () => {
    expect(openRepairs({ orderedAt, completedAt: day(27, '23:59:59.999') })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('open at the day’s end and resolved by the end of the review day is met', () => {
    expect(openRepairs({ orderedAt, completedAt: day(28, '23:59:59.999') })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-28T23:59:59.999+08:00' },
    });
  });

  it('unresolved, noted with reason and date on the review day is met', () => {
    expect(openRepairs({ orderedAt, notedAt: day(28, '09:00:00'), ...note })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('resolved 1 ms after the review day with no note is breached (the reproduction: nothing judged 4.3)', () => {
    const r = openRepairs({ orderedAt, completedAt: day(29, '00:00:00') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('P08 prescribes no penalty');
  });

  it('completed after the review day with no note is breached whatever the asOf (the audit probes it early)', () => {
    expect(openRepairs({ orderedAt, completedAt: day(30, '10:00:00'), asOf: day(27, '16:00:00') })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a note 1 ms after the review day is late: breached', () => {
    expect(openRepairs({ orderedAt, notedAt: day(29, '00:00:00'), ...note })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a note on time without the reason, or without the date, is breached and says what it lacks', () => {
    const noReason = openRepairs({ orderedAt, notedAt: day(28, '09:00:00'), resolveBy: '2026-12-02' });
    expect(noReason).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(noReason.ok && noReason.result.explanation.en).toContain('does not give the reason');
    const noDate = openRepairs({ orderedAt, notedAt: day(28, '09:00:00'), reason: note.reason });
    expect(noDate.ok && noDate.result.explanation.zh).toContain('未按4.3注明解决日期');
  });

  it('still open during the review day is pending, then at-risk, then breached after it', () => {
    const asOf = (d: number, time: string) => openRepairs({ orderedAt, asOf: day(d, time) });
    expect(asOf(28, '08:00:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(asOf(28, '23:00:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(asOf(29, '00:00:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can review two days later', () => {
    const config = { rules: { 'P08.open-repairs': { reviewDays: 2 } } };
    expect(openRepairs({ orderedAt, completedAt: day(29, '12:00:00') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-29T23:59:59.999+08:00' },
    });
  });

  it('rejects bad facts naming the field', () => {
    const bad = (facts: Record<string, unknown>, path: string) =>
      expect(openRepairs({ orderedAt, ...facts })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: [path] }] },
      });
    bad({ completedAt: day(27, '14:00:00') }, 'completedAt');
    bad({ notedAt: day(27, '14:00:00'), ...note }, 'notedAt');
    bad({ reason: 'no note' }, 'notedAt');
    bad({ notedAt: day(28, '09:00:00'), reason: 'x', resolveBy: '2026-11-27' }, 'resolveBy');
    bad({ notedAt: day(28, '09:00:00'), reason: '  ', resolveBy: '2026-12-02' }, 'reason');
    bad({}, 'asOf');
  });
});
