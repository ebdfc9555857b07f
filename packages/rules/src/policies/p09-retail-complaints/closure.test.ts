import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { closure } from './closure.js';

// Seed 第二十六條 (line 256): 投訴處理期限: 至接到投訴7天結案。 (Calendar days, Ambiguities 6.)
const receivedAt = '2026-11-27T15:00:00+08:00';

describe('P09.closure (第二十六條)', () => {
  it('closed at the end of the 7th day is met; 1 ms later is breached', () => {
    expect(closure({ receivedAt, closedAt: '2026-12-04T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-12-04T23:59:59.999+08:00',
        measured: { value: 7, unit: 'day' },
        target: { value: 7, unit: 'day', comparator: '<=' },
        clause: 'P09 第二十六條',
      },
    });
    const late = closure({ receivedAt, closedAt: '2026-12-05T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 8 } } });
    expect(late.ok && late.result.explanation.en).toContain('late');
  });

  it('open: pending, then at-risk past 75% of the window, then breached after the due time', () => {
    const open = (asOf: string) => closure({ receivedAt, asOf });
    expect(open('2026-12-01T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(open('2026-12-04T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-12-04T23:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-12-05T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a declined complaint has no case to close', () => {
    expect(closure({ receivedAt, accepted: false })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('rejects a closure before the receipt, naming closedAt', () => {
    expect(closure({ receivedAt, closedAt: '2026-11-27T14:59:59+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['closedAt'] }] },
    });
  });

  it('an open case without asOf is a typed error naming asOf', () => {
    expect(closure({ receivedAt })).toMatchObject({ ok: false, error: { issues: [{ path: ['asOf'] }] } });
  });

  it('an organisation can shorten the period to 3 days; 0 days is out of range', () => {
    const config = { rules: { 'P09.closure': { days: 3 } } };
    expect(evaluate('P09.closure', { receivedAt, closedAt: '2026-12-01T00:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-11-30T23:59:59.999+08:00' },
    });
    const bad = { rules: { 'P09.closure': { days: 0 } } };
    expect(evaluate('P09.closure', { receivedAt, asOf: receivedAt }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.closure', 'days'] }] },
    });
  });
});
