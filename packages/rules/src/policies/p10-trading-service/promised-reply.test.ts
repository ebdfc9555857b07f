import { describe, expect, it } from 'vitest';
import { promisedReply } from './promised-reply.js';

// Seed (二)接聽程序 (line 292): 「…我會在xxx時間給您答復，請您留下聯系方式」。立即將問題提交相關負責人協調解決方案，并迅速回復客戶。
const askedAt = '2026-11-27T10:00:00+08:00';
const promisedBy = '2026-11-27T15:00:00+08:00';

describe('P10.promised-reply ((二) line 292)', () => {
  it('answered exactly at the promised time is met (inclusive)', () => {
    expect(promisedReply({ askedAt, promisedBy, answeredAt: promisedBy })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-27T15:00:00.000+08:00' },
    });
  });

  it('answered 1 ms after the promise is breached, fined under (五)1 (the reproduction: no rule held the promise)', () => {
    const r = promisedReply({ askedAt, promisedBy, answeredAt: '2026-11-27T15:00:00.001+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('(五)1');
  });

  it('not answered: pending, at-risk past 75% of the promised window, breached after it', () => {
    const asOf = (time: string) => promisedReply({ askedAt, promisedBy, asOf: `2026-11-27T${time}+08:00` });
    expect(asOf('13:45:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(asOf('13:45:00.001')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(asOf('15:00:00.001')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('rejects a promise before the question, or an answer before it, naming the field', () => {
    expect(promisedReply({ askedAt, promisedBy: '2026-11-27T09:00:00+08:00', answeredAt: promisedBy })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['promisedBy'] }] },
    });
    expect(promisedReply({ askedAt, promisedBy, answeredAt: '2026-11-27T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['answeredAt'] }] },
    });
    expect(promisedReply.run({ askedAt })).toMatchObject({ ok: false, error: { issues: [{ path: ['promisedBy'] }] } });
  });
});
