import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { threeShifts } from './three-shifts.js';

// Seed 1.2.1 (line 480): 公司實行值班三班制。
const s = (start: string, end: string) => ({ start, end });

describe('P14.three-shifts (1.2.1)', () => {
  it('08–16, 16–24, 00–08 cover the day', () => {
    expect(threeShifts({ shifts: [s('08:00', '16:00'), s('16:00', '24:00'), s('00:00', '08:00')] })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: { gaps: [], overlaps: [], coveredMinutes: 1440 },
        measured: { value: 0, unit: 'minute' },
        target: { value: 0, comparator: '<=' },
      },
    });
  });

  it('a night shift running past midnight (23:00–07:00) closes the circle', () => {
    expect(threeShifts({ shifts: [s('07:00', '15:00'), s('15:00', '23:00'), s('23:00', '07:00')] })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { gaps: [] } },
    });
  });

  it('a one-minute gap is already a breach, reported by time', () => {
    const r = threeShifts({ shifts: [s('08:00', '15:59'), s('16:00', '00:00'), s('00:00', '08:00')] });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { gaps: [{ start: '15:59', end: '16:00', minutes: 1 }] } },
    });
    expect(r.ok && r.result.explanation.en).toContain('uncovered 15:59–16:00 (1 min)');
  });

  it('a gap across midnight is one gap', () => {
    const r = threeShifts({ shifts: [s('08:00', '16:00'), s('16:00', '23:00'), s('01:00', '08:00')] });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 120 }, value: { gaps: [{ start: '23:00', end: '01:00' }] } },
    });
    expect(r.ok && r.result.explanation.zh).toContain('23:00–01:00无人值班（共120分钟）');
  });

  it('overlaps are reported as a warning, and breach when an organisation says so', () => {
    const shifts = [s('07:50', '16:00'), s('16:00', '00:00'), s('00:00', '08:00')];
    expect(threeShifts({ shifts })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: { overlaps: [{ start: '07:50', end: '08:00', minutes: 10 }] },
        warnings: [{ code: 'shift-overlap' }],
      },
    });
    const config = { rules: { 'P14.three-shifts': { overlapBreaches: true } } };
    expect(threeShifts({ shifts }, { config })).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('two 12-hour shifts are not a three-shift system unless configured', () => {
    const shifts = [s('08:00', '20:00'), s('20:00', '08:00')];
    const r = threeShifts({ shifts });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', value: { gaps: [] } } });
    expect(r.ok && r.result.explanation.en).toContain('2 shift(s) instead of 3');
    const config = { rules: { 'P14.three-shifts': { shiftCount: 2 } } };
    expect(threeShifts({ shifts }, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('no shifts leave the whole day uncovered; 00:00–24:00 is a whole day', () => {
    expect(threeShifts({ shifts: [] })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { gaps: [{ start: '00:00', end: '24:00', minutes: 1440 }] } },
    });
    const config = { rules: { 'P14.three-shifts': { shiftCount: 1 } } };
    expect(threeShifts({ shifts: [s('00:00', '24:00')] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('rejects malformed or ambiguous times, naming the field', () => {
    expect(threeShifts({ shifts: [s('08:00', '16:00'), s('24:00', '08:00')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['shifts', 1, 'start'] }] },
    });
    expect(threeShifts({ shifts: [s('08:00', '08:00')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['shifts', 0, 'end'] }] },
    });
    expect(evaluate('P14.three-shifts', { shifts: [s('8:00', '16:00')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['shifts', 0, 'start'] }] },
    });
  });
});
