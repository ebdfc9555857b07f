import { describe, expect, it } from 'vitest';
import { handoverArrival } from './handover-arrival.js';

// Seed 4.7 1) (line 207): 接班時，客服組前臺人員提前10分鐘到崗。
const shiftStart = '2026-11-27T08:00:00+08:00';
const arrive = (time: string, options?: Parameters<typeof handoverArrival>[1]) =>
  handoverArrival({ shiftStart, arrivedAt: `2026-11-27T${time}+08:00` }, options);

describe('P08.handover-arrival (4.7(1))', () => {
  it('arriving exactly 10 minutes early is met (inclusive)', () => {
    expect(arrive('07:50:00')).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-27T07:50:00.000+08:00',
        measured: { value: 10, unit: 'minute' },
        target: { value: 10, unit: 'minute', comparator: '>=' },
      },
    });
    expect(arrive('07:30:00')).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 30 } } });
  });

  it('one second later than 10 minutes early is breached', () => {
    const r = arrive('07:50:01');
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 9.98 } } });
    expect(r.ok && r.result.explanation.en).toContain('only 9 min 59 s before the shift');
    expect(r.ok && r.result.explanation.zh).toContain('本制度未规定处罚');
  });

  it('arriving after the shift start is breached with a negative lead', () => {
    const r = arrive('08:05:00');
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: -5 } } });
    expect(r.ok && r.result.explanation.zh).toContain('比接班时间晚5分钟');
  });

  it('an organisation can ask for 5 minutes instead', () => {
    const config = { rules: { 'P08.handover-arrival': { earlyBy: 'PT5M' } } };
    expect(arrive('07:55:00', { config })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(arrive('07:55:00.001', { config })).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('rejects a missing arrival, naming arrivedAt', () => {
    expect(handoverArrival({ shiftStart } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['arrivedAt'] }] },
    });
  });
});
