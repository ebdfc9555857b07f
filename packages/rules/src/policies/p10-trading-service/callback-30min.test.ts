import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { callback30min } from './callback-30min.js';

// Seed (二)工作細則 (line 288): 若無法給予明確答復，應記錄客戶詳細資料及相關問題立即提交相關負責人協調解決辦法并及時回復客戶，時限30分鐘內。
const askedAt = '2026-11-27T10:00:00+08:00';

describe('P10.callback-30min ((二)工作細則)', () => {
  it('answered at exactly 30 min is met; 1 ms later is breached', () => {
    expect(callback30min({ askedAt, answeredAt: '2026-11-27T10:30:00+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-27T10:30:00.000+08:00',
        measured: { value: 30, unit: 'minute' },
        target: { value: 30, unit: 'minute', comparator: '<=' },
      },
    });
    const late = callback30min({ askedAt, answeredAt: '2026-11-27T10:45:00+08:00' });
    expect(callback30min({ askedAt, answeredAt: '2026-11-27T10:30:00.001+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 45 } } });
    expect(late.ok && late.result.explanation.en).toContain('15 min late (30 min after the question');
    expect(late.ok && late.result.explanation.en).toContain('P10.repeat-violation');
  });

  it('open: pending to 75% (22.5 min), then at-risk, then breached after 30 min', () => {
    const open = (asOf: string) => callback30min({ askedAt, asOf });
    expect(open('2026-11-27T10:22:30+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(open('2026-11-27T10:22:30.001+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-11-27T10:30:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-11-27T10:30:00.001+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a question answered on the call owes no callback', () => {
    expect(callback30min({ askedAt, answeredOnCall: true })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects an answer before the question, naming answeredAt', () => {
    expect(callback30min({ askedAt, answeredAt: '2026-11-27T09:59:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['answeredAt'] }] },
    });
  });

  it('an organisation can allow 15 min; 0 is out of range', () => {
    const config = { rules: { 'P10.callback-30min': { within: 'PT15M' } } };
    const facts = { askedAt, answeredAt: '2026-11-27T10:20:00+08:00' };
    expect(evaluate('P10.callback-30min', facts, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-27T10:15:00.000+08:00' },
    });
    const bad = { rules: { 'P10.callback-30min': { within: 'PT0S' } } };
    expect(evaluate('P10.callback-30min', facts, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.callback-30min', 'within'] }] },
    });
  });
});
