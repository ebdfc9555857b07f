import { describe, expect, it } from 'vitest';
import { lateness } from './lateness.js';

// Seed 4.2.2 3) (line 382): 上班人員遲到5分鐘內扣1分，5∽10分扣5分，10分鐘后視缺勤扣分，扣工資40元。
const shiftStart = '2026-11-27T08:00:00+08:00';
const arrive = (time: string) => lateness({ shiftStart, arrivedAt: `2026-11-27T${time}+08:00` });

describe('P12.lateness (4.2.2(3))', () => {
  it('on time or early is met with no sanction', () => {
    expect(arrive('08:00:00')).toMatchObject({ ok: true, result: { status: 'met', sanctions: [] } });
    expect(arrive('07:50:00')).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 0 } } });
  });

  it('late exactly 5:00 is −1; 5:01 is −5', () => {
    expect(arrive('08:05:00')).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'points', points: -1, clause: 'P12 4.2.2(3)' }] },
    });
    expect(arrive('08:05:01')).toMatchObject({ ok: true, result: { sanctions: [{ type: 'points', points: -5 }] } });
  });

  it('late exactly 10:00 is −5; 10:01 is −10 and 40 yuan off wages', () => {
    expect(arrive('08:10:00')).toMatchObject({ ok: true, result: { sanctions: [{ type: 'points', points: -5 }] } });
    const r = arrive('08:10:01');
    expect(r).toMatchObject({
      ok: true,
      result: {
        sanctions: [
          { type: 'points', points: -10 },
          { type: 'wage-deduction', amount: 40 },
        ],
      },
    });
    expect(r.ok && r.result.explanation.zh).toContain('视为缺勤');
  });

  it('one second late is already late', () => {
    expect(arrive('08:00:01')).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [{ points: -1 }] } });
  });

  it('an organisation can change the bands and amounts', () => {
    const config = { rules: { 'P12.lateness': { severeWageDeduction: 50.5 } } };
    const r = lateness({ shiftStart, arrivedAt: '2026-11-27T08:30:00+08:00' }, { config });
    expect(r).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -10 }, { type: 'wage-deduction', amount: 50.5 }] },
    });
  });

  it('bands that do not ascend are a configuration error naming the field', () => {
    const config = { rules: { 'P12.lateness': { moderateMaxMinutes: 3 } } };
    expect(lateness({ shiftStart, arrivedAt: shiftStart }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.lateness', 'moderateMaxMinutes'] }] },
    });
  });

  it('rejects a missing arrival with the field named', () => {
    expect(lateness({ shiftStart } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['arrivedAt'] }] },
    });
  });
});
