import { describe, expect, it } from 'vitest';
import { chatting } from './chatting.js';

// Seed 4.2.2 6) (line 385): 值班人員嚴禁無故與人[聊]天，違者扣1分，一個月被查3次者，警告處分，加扣1∽3分，
// 4次記過處分，加扣3∽5分，5次自動離職處分。
const clause = 'P12 4.2.2(6)';

describe('P12.chatting (4.2.2(6))', () => {
  it('none in the month is met', () => {
    expect(chatting({ count: 0 })).toMatchObject({ ok: true, result: { status: 'met', sanctions: [] } });
  });

  it('the 1st and 2nd are −1 each, no warning', () => {
    expect(chatting({ count: 1 })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [{ type: 'points', points: -1, clause }] },
    });
    const two = chatting({ count: 2 });
    expect(two).toMatchObject({ ok: true, result: { sanctions: [{ type: 'points', points: -2 }] } });
    expect(two.ok && two.result.sanctions).toHaveLength(1);
  });

  it('the 3rd adds a warning and −1 … −3 by severity (mild end without one, and the reading says so)', () => {
    const r = chatting({ count: 3 });
    expect(r).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -3 }, { type: 'warning', clause }, { type: 'points', points: -1 }] },
    });
    expect(r.ok && r.result.sanctions).toHaveLength(3);
    expect(r.ok && r.result.explanation.en).toContain('mild end');
    expect(chatting({ count: 3, severity: 'heavy' })).toMatchObject({
      ok: true,
      result: { sanctions: [{}, { type: 'warning' }, { points: -3 }] },
    });
    expect(chatting({ count: 3, severity: -2.5 })).toMatchObject({
      ok: true,
      result: { sanctions: [{}, {}, { points: -2.5 }] },
    });
  });

  it('the 4th adds a minor demerit and −3 … −5; the 5th is deemed resignation', () => {
    const four = chatting({ count: 4, severity: { third: 'medium', fourth: -4.5 } });
    expect(four).toMatchObject({
      ok: true,
      result: {
        sanctions: [
          { points: -4 },
          { type: 'warning' },
          { points: -2 },
          { type: 'minor-demerit', clause },
          { points: -4.5 },
        ],
      },
    });
    expect(four.ok && four.result.sanctions.some((s) => s.type === 'deemed-resignation')).toBe(false);
    const five = chatting({ count: 5, severity: 'heavy' });
    expect(five).toMatchObject({
      ok: true,
      result: {
        sanctions: [
          { points: -5 },
          { type: 'warning' },
          { points: -3 },
          { type: 'minor-demerit' },
          { points: -5 },
          { type: 'deemed-resignation', clause },
        ],
      },
    });
  });

  it('an explicit value must fit each rung it applies to', () => {
    expect(chatting({ count: 4, severity: -3 })).toMatchObject({
      ok: true,
      result: { sanctions: [{}, {}, { points: -3 }, {}, { points: -3 }] },
    });
    expect(chatting({ count: 4, severity: -2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['severity'] }] },
    });
    expect(chatting({ count: 4, severity: { fourth: -5.01 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['severity', 'fourth'] }] },
    });
    expect(chatting({ count: 3, severity: { third: -0.99 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['severity', 'third'] }] },
    });
  });

  it('a negative count is rejected naming count', () => {
    expect(chatting({ count: -1 })).toMatchObject({ ok: false, error: { issues: [{ path: ['count'] }] } });
  });

  it('an organisation can move the rungs; rungs out of order are a configuration error', () => {
    const config = { rules: { 'P12.chatting': { warningAt: 2, demeritAt: 3, resignationAt: 4 } } };
    expect(chatting({ count: 2 }, { config })).toMatchObject({
      ok: true,
      result: { sanctions: [{ points: -2 }, { type: 'warning' }, { points: -1 }] },
    });
    const bad = { rules: { 'P12.chatting': { demeritAt: 3 } } };
    expect(chatting({ count: 1 }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P12.chatting', 'demeritAt'] }] },
    });
  });
});
