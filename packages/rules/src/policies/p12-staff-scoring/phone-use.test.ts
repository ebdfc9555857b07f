import { describe, expect, it } from 'vitest';
import { phoneUse } from './phone-use.js';

// Seed 4.2.2 5) (line 384): 上班時間無特殊情況嚴禁接外線或打接內線，外線電話不得超過10分鐘，內線電話不得超過5分鐘，
// 打電話聊天者，扣5分，一個月被查3次者，警告處分加扣10分，5次作自動離職處分。
const clause = 'P12 4.2.2(5)';
const call = (direction: 'outside' | 'inside', day: number, minutes: string, special = false) => ({
  direction,
  start: `2026-11-${String(day).padStart(2, '0')}T10:00:00+08:00`,
  end: `2026-11-${String(day).padStart(2, '0')}T10:${minutes}+08:00`,
  special,
});

describe('P12.phone-use (4.2.2(5))', () => {
  it('an outside call of exactly 10:00 is fine; 10:00.001 is chatting, −5', () => {
    expect(phoneUse({ calls: [call('outside', 2, '10:00')] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 0, unit: 'count' }, sanctions: [] },
    });
    const r = phoneUse({ calls: [call('outside', 2, '10:00.001')] });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 }, sanctions: [{ type: 'points', points: -5, clause }] },
    });
    expect(r.ok && r.result.explanation.en).toContain('outside');
    expect(r.ok && r.result.explanation.zh).toContain('电话聊天');
  });

  it('an inside call of exactly 5:00 is fine; 5:00.001 is −5', () => {
    expect(phoneUse({ calls: [call('inside', 2, '05:00')] })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(phoneUse({ calls: [call('inside', 2, '05:00.001')] })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ points: -5 }] },
    });
  });

  it('a call with a special circumstance is exempt (無特殊情況)', () => {
    expect(phoneUse({ calls: [call('outside', 2, '30:00', true)] })).toMatchObject({
      ok: true,
      result: { status: 'met', sanctions: [] },
    });
  });

  it('the 2nd over-long call has no warning; the 3rd adds a warning and −10', () => {
    const two = phoneUse({ calls: [call('outside', 2, '11:00'), call('inside', 3, '06:00')] });
    expect(two).toMatchObject({ ok: true, result: { sanctions: [{ points: -10 }] } });
    expect(two.ok && two.result.sanctions).toHaveLength(1);
    const three = phoneUse({
      calls: [call('outside', 2, '11:00'), call('inside', 3, '06:00'), call('inside', 4, '06:00')],
    });
    expect(three).toMatchObject({
      ok: true,
      result: {
        sanctions: [{ points: -15 }, { type: 'warning', clause }, { type: 'points', points: -10 }],
      },
    });
  });

  it('the 4th adds nothing more; the 5th is deemed resignation', () => {
    const calls = [1, 2, 3, 4, 5].map((d) => call('outside', d, '20:00'));
    const four = phoneUse({ calls: calls.slice(0, 4) });
    expect(four).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -20 }, { type: 'warning' }, { points: -10 }] },
    });
    expect(four.ok && four.result.sanctions).toHaveLength(3);
    expect(phoneUse({ calls })).toMatchObject({
      ok: true,
      result: {
        sanctions: [{ points: -25 }, { type: 'warning' }, { points: -10 }, { type: 'deemed-resignation', clause }],
      },
    });
  });

  it('no call recorded is not applicable', () => {
    expect(phoneUse({ calls: [] })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('a call ending before it starts, or outside the month, is a bad fact naming it', () => {
    const backwards = {
      direction: 'inside' as const,
      start: '2026-11-02T10:00:00+08:00',
      end: '2026-11-02T09:59:59+08:00',
    };
    expect(phoneUse({ calls: [call('inside', 1, '01:00'), backwards] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calls', 1, 'end'] }] },
    });
    expect(phoneUse({ month: '2026-12', calls: [call('inside', 1, '01:00')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calls', 0, 'start'] }] },
    });
    // 2026-11-30T16:30Z is already December 1 in Shanghai: not the month of the first call.
    const december = { direction: 'inside' as const, start: '2026-11-30T16:30:00Z', end: '2026-11-30T16:31:00Z' };
    expect(phoneUse({ calls: [call('inside', 1, '01:00'), december] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['calls', 1, 'start'] }] },
    });
  });

  it('an unknown direction is rejected with its path', () => {
    expect(phoneUse({ calls: [{ ...call('inside', 1, '01:00'), direction: 'mobile' }] } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calls', 0, 'direction'] }] },
    });
  });

  it('an organisation can allow 15 min outside; a limit of 0 is a configuration error', () => {
    const config = { rules: { 'P12.phone-use': { outsideMax: 'PT15M' } } };
    expect(phoneUse({ calls: [call('outside', 2, '15:00')] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const bad = { rules: { 'P12.phone-use': { insideMax: 'PT0S' } } };
    expect(phoneUse({ calls: [] }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.phone-use', 'insideMax'] }] },
    });
  });
});
