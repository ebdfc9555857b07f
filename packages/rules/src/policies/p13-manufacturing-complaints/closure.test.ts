import { describe, expect, it } from 'vitest';
import { closure } from './closure.js';

// Seed 第十條(一) (line 444): 「客戶抱怨處理表」處理期限自總經理室受理起國內十五天國外二十天內結案。
const acceptedAt = '2026-11-01T10:00:00+08:00';

describe('P13.closure (第十條)', () => {
  it('domestic: closed by the end of day 15 is met, 1 ms later is breached', () => {
    expect(closure({ acceptedAt, market: 'domestic', closedAt: '2026-11-16T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-16T23:59:59.999+08:00', target: { value: 15, unit: 'day' } },
    });
    expect(closure({ acceptedAt, market: 'domestic', closedAt: '2026-11-17T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 16 } },
    });
  });

  it('foreign: 20 days', () => {
    expect(closure({ acceptedAt, market: 'foreign', closedAt: '2026-11-21T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-21T23:59:59.999+08:00', target: { value: 20 } },
    });
    expect(closure({ acceptedAt, market: 'foreign', closedAt: '2026-11-22T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('open: pending, at risk, breached', () => {
    const at = (asOf: string) => closure({ acceptedAt, market: 'domestic', asOf });
    expect(at('2026-11-05T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-15T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    const late = at('2026-11-17T00:00:00+08:00');
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.en).toContain('domestic');
  });

  it('closure before acceptance or an unknown market is rejected with the field', () => {
    expect(closure({ acceptedAt, market: 'domestic', closedAt: '2026-10-31T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['closedAt'] }] },
    });
    expect(closure({ acceptedAt, market: 'overseas' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['market'] }] },
    });
  });

  it('an organisation can shorten the domestic period', () => {
    const config = { rules: { 'P13.closure': { domesticDays: 10 } } };
    expect(
      closure({ acceptedAt, market: 'domestic', closedAt: '2026-11-12T10:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached', dueAt: '2026-11-11T23:59:59.999+08:00' } });
  });
});
