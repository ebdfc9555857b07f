import { describe, expect, it } from 'vitest';
import { engineerArrival } from './engineer-arrival.js';

// Seed 4.9 (line 217): …送至工程組，若工程人員在20分鐘內未到達現場，須致電業戶解釋原因，并跟進完工時間。
const orderedAt = '2026-11-27T10:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;

describe('P08.engineer-arrival (4.9)', () => {
  it('on site exactly 20 minutes after the order is met (inclusive)', () => {
    expect(engineerArrival({ orderedAt, arrivedAt: local('10:20:00') })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-27T10:20:00.000+08:00',
        measured: { value: 20, unit: 'minute' },
        target: { value: 20, comparator: '<=' },
        warnings: [],
      },
    });
  });

  it('1 ms late and the desk did not phone the owner is breached', () => {
    const r = engineerArrival({ orderedAt, arrivedAt: local('10:20:00.001') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', warnings: [{ code: 'owner-not-called' }] } });
    expect(r.ok && r.result.explanation.en).toContain('has not phoned the owner');
    expect(r.ok && r.result.explanation.zh).toContain('未按4.9致电业户');
  });

  it('late but the desk phoned the owner: still breached (the 20 minutes are the standard), the call recorded', () => {
    const r = engineerArrival({ orderedAt, arrivedAt: local('10:45:00'), ownerCalledAt: local('10:22:00') });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 45 }, warnings: [] },
    });
    expect(r.ok && r.result.explanation.zh).toContain('前台已于2026-11-27 10:22按4.9致电业户');
  });

  it('not arrived: pending to 75% of the 20 minutes, at-risk to the due time, then breached', () => {
    const at = (time: string, ownerCalledAt?: string) =>
      engineerArrival({ orderedAt, ...(ownerCalledAt && { ownerCalledAt }), asOf: local(time) });
    expect(at('10:15:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('10:15:00.001')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('10:20:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('10:20:00.001')).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(at('10:30:00', local('10:21:00'))).toMatchObject({ ok: true, result: { status: 'breached', warnings: [] } });
    expect(at('10:30:00')).toMatchObject({ ok: true, result: { warnings: [{ code: 'owner-not-called' }] } });
  });

  it('an organisation can allow 30 minutes', () => {
    const config = { rules: { 'P08.engineer-arrival': { arriveWithin: 'PT30M' } } };
    expect(engineerArrival({ orderedAt, arrivedAt: local('10:30:00') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-27T10:30:00.000+08:00' },
    });
  });

  it('rejects an arrival or a call before the order, naming the field', () => {
    expect(engineerArrival({ orderedAt, arrivedAt: local('09:59:00') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['arrivedAt'] }] },
    });
    expect(
      engineerArrival({ orderedAt, arrivedAt: local('10:40:00'), ownerCalledAt: local('09:00:00') }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['ownerCalledAt'] }] } });
    expect(engineerArrival({ orderedAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });
});
