import { describe, expect, it } from 'vitest';
import { rejectedReceivable } from './rejected-receivable.js';

// Seed 第九條(十三) (line 442): 客訴不成立時…在規定收款期收回應收帳款，如客戶有異議時，再呈報上級進行處理.
const formReceivedAt = '2026-03-02T09:00:00+08:00';
const dueOn = '2026-03-31';

describe('P13.rejected-receivable (第九條(十三), seed line 442)', () => {
  it('collected on the due date (to its last minute) is met; the next day breached', () => {
    expect(rejectedReceivable({ formReceivedAt, dueOn, collectedAt: '2026-03-31T23:59:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const late = rejectedReceivable({ formReceivedAt, dueOn, collectedAt: '2026-04-01T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(late.ok && late.result.explanation.en).toContain('P13 prescribes no penalty for it');
  });

  it('reproduction (#18): a rejected complaint’s receivable still open after its due date is breached; before it pending', () => {
    expect(rejectedReceivable({ formReceivedAt, dueOn, asOf: '2026-04-02T09:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(rejectedReceivable({ formReceivedAt, dueOn, asOf: '2026-03-10T09:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
  });

  it('a customer who objects: the objection reported to the superior is met, not reported breached (再呈報上級)', () => {
    expect(rejectedReceivable({ formReceivedAt, dueOn, customerObjected: true, escalated: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(rejectedReceivable({ formReceivedAt, dueOn, customerObjected: true })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a collection before the form came back, or an impossible due date, is rejected naming the field', () => {
    expect(rejectedReceivable({ formReceivedAt, dueOn, collectedAt: '2026-03-01T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['collectedAt'] }] },
    });
    expect(rejectedReceivable({ formReceivedAt, dueOn: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['dueOn'] }] },
    });
  });
});
