import { describe, expect, it } from 'vitest';
import { handoverTidy } from './handover-tidy.js';

// Seed 4.7 6) (line 212): 交班時，交班人員在交班前15分鐘將前臺物品擺放整齊有序，臺面、轉椅干凈無灰塵、無雜物。
const shiftEnd = '2026-11-27T16:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;

describe('P08.handover-tidy (4.7(6))', () => {
  it('starting the tidy-up exactly 15 minutes before handover is met (inclusive)', () => {
    expect(handoverTidy({ shiftEnd, tidyStartedAt: local('15:45:00') })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-27T15:45:00.000+08:00',
        measured: { value: 15, unit: 'minute' },
        target: { value: 15, unit: 'minute', comparator: '>=' },
        deadline: { kind: 'fixed' },
      },
    });
  });

  it('starting 1 ms later is breached, and the explanation gives the consequence', () => {
    const r = handoverTidy({ shiftEnd, tidyStartedAt: local('15:45:00.001') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('P08 prescribes no penalty');
    expect(handoverTidy({ shiftEnd, tidyStartedAt: local('16:10:00') })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: -10 } },
    });
  });

  it('with the shift start, pending until 75% of the shift to the due time, then at-risk, then breached', () => {
    // Window 08:00–15:45 (465 min); 75% is 13:48:45.
    const at = (time: string) =>
      handoverTidy({ shiftEnd, shiftStart: local('08:00:00'), asOf: local(time) }, undefined);
    expect(at('13:48:45')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('13:48:45.001')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('15:45:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('15:45:00.001')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('without the shift start the at-risk window is the hour before the due time (configurable)', () => {
    expect(handoverTidy({ shiftEnd }, { asOf: local('15:30:00') })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(handoverTidy({ shiftEnd }, { asOf: local('15:30:00.001') })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
    // 15:00 is 25% of the default hour-long window but 81% of a 4-hour one.
    expect(handoverTidy({ shiftEnd }, { asOf: local('15:00:00') })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    const config = { rules: { 'P08.handover-tidy': { watchWindow: 'PT4H' } } };
    expect(handoverTidy({ shiftEnd }, { asOf: local('15:00:00'), config })).toMatchObject({
      ok: true,
      result: { status: 'at-risk' },
    });
  });

  it('an organisation can ask for 30 minutes', () => {
    const config = { rules: { 'P08.handover-tidy': { lead: 'PT30M' } } };
    expect(handoverTidy({ shiftEnd, tidyStartedAt: local('15:40:00') }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-27T15:30:00.000+08:00' },
    });
  });

  it('rejects contradictory facts, naming the field', () => {
    expect(handoverTidy({ shiftEnd, shiftStart: local('08:00:00'), tidyStartedAt: local('07:00:00') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['tidyStartedAt'] }] },
    });
    expect(handoverTidy({ shiftEnd, shiftStart: local('17:00:00'), asOf: local('12:00:00') })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['shiftEnd'] }] },
    });
    expect(handoverTidy({ shiftEnd })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });
});
