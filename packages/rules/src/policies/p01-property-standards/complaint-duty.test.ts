import { describe, expect, it } from 'vitest';
import { complaintDuty } from './complaint-duty.js';

// Seed 投訴 3 (line 13): 24小時值班制度。
const s = (start: string, end: string) => ({ start, end });

describe('P01.complaint-duty (投訴 3)', () => {
  it.each([
    ['two 12-hour shifts', [s('08:00', '20:00'), s('20:00', '08:00')]],
    ['three 8-hour shifts', [s('07:00', '15:00'), s('15:00', '23:00'), s('23:00', '07:00')]],
    ['one 24-hour shift', [s('00:00', '24:00')]],
    ['four shifts, unequal', [s('06:00', '12:00'), s('12:00', '18:00'), s('18:00', '22:00'), s('22:00', '06:00')]],
  ])('投訴 3: %s cover the day (any shift pattern, unlike P14 1.2.1)', (_, shifts) => {
    expect(complaintDuty({ shifts })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: { gaps: [], coveredMinutes: 1440 },
        measured: { value: 0, unit: 'minute' },
        target: { value: 0, comparator: '<=' },
        warnings: [],
      },
    });
  });

  it('投訴 3: a one-minute gap is a breach, reported by time, in both languages', () => {
    const r = complaintDuty({ shifts: [s('08:00', '19:59'), s('20:00', '08:00')] });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 }, value: { gaps: [{ start: '19:59', end: '20:00' }] } },
    });
    expect(r.ok && r.result.explanation.en).toContain('uncovered 19:59–20:00 (1 min)');
    expect(r.ok && r.result.explanation.zh).toContain('19:59–20:00无人值班（共1分钟）');
  });

  it('投訴 3: a day desk only (no night duty) is breached across midnight as one gap', () => {
    const r = complaintDuty({ shifts: [s('08:00', '17:30')] });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 870 }, value: { gaps: [{ start: '17:30', end: '08:00' }] } },
    });
  });

  it('投訴 3: overlapping shifts (handover) are met, with a warning', () => {
    expect(complaintDuty({ shifts: [s('07:50', '20:00'), s('19:50', '08:00')] })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'shift-overlap' }] },
    });
  });

  it('投訴 3: an empty roster, a shift starting 24:00 or ending at its start are refused, with the path', () => {
    expect(complaintDuty({ shifts: [] })).toMatchObject({ ok: false, error: { code: 'invalid-facts' } });
    const start24 = complaintDuty({ shifts: [s('24:00', '08:00')] });
    expect(start24.ok || start24.error.issues[0]?.path).toEqual(['shifts', 0, 'start']);
    const zero = complaintDuty({ shifts: [s('08:00', '20:00'), s('20:00', '20:00')] });
    expect(zero.ok || zero.error.issues[0]?.path).toEqual(['shifts', 1, 'end']);
  });
});
