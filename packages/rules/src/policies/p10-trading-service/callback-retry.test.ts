import { describe, expect, it } from 'vitest';
import { callbackRetry } from './callback-retry.js';

// Seed (二)回訪細則 (line 301): 如對方執意不接受解決方案，在不違背公司服務原則的前提下，換時間再次致電與之溝通解決。
const calledBackAt = '2026-11-27T10:00:00+08:00';

describe('P10.callback-retry ((二)回訪細則, line 301)', () => {
  it('a rejected solution with no further call is breached; with one at another time it is met', () => {
    const r = callbackRetry({ calledBackAt, accepted: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未换时间再次致电');
    expect(callbackRetry({ calledBackAt, accepted: false, calledAgainAt: '2026-11-28T09:00:00+08:00' })).toMatchObject({
      result: { status: 'met' },
    });
  });

  it('an accepted solution, or a call against the service principles, owes none (not applicable)', () => {
    expect(callbackRetry({ calledBackAt, accepted: true })).toMatchObject({ result: { status: 'not-applicable' } });
    expect(callbackRetry({ calledBackAt, accepted: false, againstPrinciples: true })).toMatchObject({
      result: { status: 'not-applicable' },
    });
  });

  it('refuses a further call at or before the callback (換時間: another call), naming the field', () => {
    expect(callbackRetry({ calledBackAt, accepted: false, calledAgainAt: calledBackAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calledAgainAt'] }] },
    });
  });
});
