import { describe, expect, it } from 'vitest';
import { shiftCover } from './shift-cover.js';

// Seed 行為 7 (line 27): 無特殊事件一律不準請假或叫人頂崗，頂崗時間不超過4小時。
const coverStart = '2026-11-27T08:00:00+08:00';
const cover = (end: string, specialEvent?: boolean) =>
  shiftCover({ coverStart, coverEnd: `2026-11-27T${end}+08:00`, ...(specialEvent !== undefined && { specialEvent }) });

describe('P01.shift-cover (行為 7)', () => {
  it('exactly 4 h for a special event is met', () => {
    expect(cover('12:00:00', true)).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        measured: { value: 14400, unit: 'second' },
        target: { value: 14400, unit: 'second', comparator: '<=' },
        warnings: [],
      },
    });
  });

  it('4 h and 1 s is breached; so is 4 h and 1 ms', () => {
    const r = cover('12:00:01', true);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 14401 } } });
    expect(r.ok && r.result.explanation.en).toContain('1 s over the 4 h limit');
    expect(r.ok && r.result.explanation.zh).toContain('超过4小时的上限1秒');
    expect(cover('12:00:00.001', true)).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('any cover without a special event is breached (無特殊事件一律不準)', () => {
    const r = cover('09:00:00', false);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('无特殊事件不准叫人顶岗');
  });

  it('when the special event is not stated only the length is judged, with a warning', () => {
    expect(cover('10:00:00')).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'special-event-unknown' }] },
    });
  });

  it('rejects an end before the start, naming coverEnd', () => {
    expect(cover('07:59:59', true)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['coverEnd'] }] },
    });
  });

  it('an organisation can allow 6 h; under 15 min is out of range', () => {
    const config = { rules: { 'P01.shift-cover': { maxCover: 'PT6H' } } };
    expect(
      shiftCover({ coverStart, coverEnd: '2026-11-27T14:00:00+08:00', specialEvent: true }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'met', target: { value: 21600 } } });
    const bad = { rules: { 'P01.shift-cover': { maxCover: 'PT5M' } } };
    expect(shiftCover({ coverStart, coverEnd: coverStart }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.shift-cover', 'maxCover'] }] },
    });
  });
});
