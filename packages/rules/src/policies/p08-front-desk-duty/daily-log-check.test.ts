import { describe, expect, it } from 'vitest';
import { dailyLogCheck } from './daily-log-check.js';

// Seed 4.8 (line 216): 客服組負責人每天檢查前臺《值班日志》并簽字確認。
const date = '2026-11-27';

describe('P08.daily-log-check (4.8)', () => {
  it('signed at 23:59:59.999 of the log day is met; at midnight it is breached', () => {
    expect(dailyLogCheck({ date, signedAt: '2026-11-27T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-27T23:59:59.999+08:00', clause: 'P08 4.8' },
    });
    const r = dailyLogCheck({ date, signedAt: '2026-11-28T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('本制度未规定处罚');
  });

  it('unsigned: pending to 18:00 (75% of the day), at-risk after, breached the next day', () => {
    const at = (time: string) => dailyLogCheck({ date, asOf: `${time}+08:00` });
    expect(at('2026-11-27T17:59:59')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-27T18:00:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-27T23:59:59.999')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-28T00:00:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it("the day is the organisation's local day", () => {
    const config = { zone: 'UTC' };
    expect(dailyLogCheck({ date, signedAt: '2026-11-28T07:59:59+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-27T23:59:59.999+00:00' },
    });
  });

  it('an organisation can allow the next day', () => {
    const config = { rules: { 'P08.daily-log-check': { graceDays: 1 } } };
    expect(dailyLogCheck({ date, signedAt: '2026-11-28T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-28T23:59:59.999+08:00' },
    });
  });

  it('rejects a signature before the log day and a malformed date, naming the field', () => {
    expect(dailyLogCheck({ date, signedAt: '2026-11-26T23:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['signedAt'] }] },
    });
    expect(dailyLogCheck({ date: '2026-11-31', asOf: '2026-11-27T12:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['date'] }] },
    });
  });
});
