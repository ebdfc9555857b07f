import { describe, expect, it } from 'vitest';
import { ownerCall } from './owner-call.js';

// Seed 4.9 (line 217): 若工程人員在20分鐘內未到達現場，須致電業戶解釋原因，并跟進完工時間。
const orderedAt = '2026-11-27T10:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;
const call = { ownerCalledAt: local('10:25:00'), expectedCompletionAt: local('12:00:00') };

describe('P08.owner-call (4.9): the desk’s own duty', () => {
  it('engineers on site at exactly 20 minutes: no call owed (not applicable)', () => {
    expect(ownerCall({ orderedAt, arrivedAt: local('10:20:00') })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('1 ms late and no call: breached (the reproduction: only a warning of P08.engineer-arrival before)', () => {
    const r = ownerCall({ orderedAt, arrivedAt: local('10:20:00.001') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('never phoned the owner');
    expect(r.ok && r.result.explanation.zh).toContain('前台未致电业户解释原因');
  });

  it('late, phoned before the arrival with a completion time: met', () => {
    expect(ownerCall({ orderedAt, arrivedAt: local('10:40:00'), ...call })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('a call at the very moment of arrival is in time; 1 ms after it is breached', () => {
    const arrivedAt = local('10:25:00');
    expect(ownerCall({ orderedAt, arrivedAt, ...call })).toMatchObject({ ok: true, result: { status: 'met' } });
    const r = ownerCall({ orderedAt, arrivedAt: local('10:24:59.999'), ...call });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('after they arrived');
  });

  it('a call without following up the completion time is breached', () => {
    const r = ownerCall({ orderedAt, arrivedAt: local('10:40:00'), ownerCalledAt: local('10:25:00') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未跟进完工时间');
  });

  it('not arrived: pending within the 20 minutes, at-risk after them until the desk calls', () => {
    const asOf = (time: string, more = {}) => ownerCall({ orderedAt, asOf: local(time), ...more });
    expect(asOf('10:20:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(asOf('10:20:00.001')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(asOf('10:30:00', call)).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('an organisation can allow 30 minutes', () => {
    const config = { rules: { 'P08.owner-call': { arriveWithin: 'PT30M' } } };
    expect(ownerCall({ orderedAt, arrivedAt: local('10:30:00') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects bad facts naming the field', () => {
    const bad = (facts: Record<string, unknown>, path: string) =>
      expect(ownerCall({ orderedAt, ...facts })).toMatchObject({
        ok: false,
        error: { code: 'invalid-facts', issues: [{ path: [path] }] },
      });
    bad({ arrivedAt: local('09:59:00') }, 'arrivedAt');
    bad({ arrivedAt: local('10:40:00'), ownerCalledAt: local('09:00:00') }, 'ownerCalledAt');
    bad({ arrivedAt: local('10:40:00'), expectedCompletionAt: local('12:00:00') }, 'ownerCalledAt');
    bad({}, 'asOf');
  });
});
