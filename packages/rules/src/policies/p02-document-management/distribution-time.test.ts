import { describe, expect, it } from 'vitest';
import { distributionTime } from './distribution-time.js';

// Seed 1.10 (line 61): 文件分發傳遞必須做到及時、準確、安全 — 及時 has no number: the organisation sets it (#18, param).
const receivedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P02.distribution-time': { deliverWithin: 'PT4H' } } };

describe('P02.distribution-time (1.10, seed line 61)', () => {
  it('unconfigured, the rule answers not-configured naming deliverWithin (no invented limit)', () => {
    expect(distributionTime({ receivedAt, deliveredAt: '2026-03-02T09:10:00+08:00' })).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P02.distribution-time', 'deliverWithin'] }],
      },
    });
  });

  it('with PT4H set: delivered at exactly 4 h is met, one second later breached', () => {
    expect(distributionTime({ receivedAt, deliveredAt: '2026-03-02T13:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(distributionTime({ receivedAt, deliveredAt: '2026-03-02T13:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('a delivery before receipt is a bad fact; a limit over P7D a configuration error', () => {
    expect(distributionTime({ receivedAt, deliveredAt: '2026-03-02T08:00:00+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['deliveredAt'] }] },
    });
    const tooLong = { rules: { 'P02.distribution-time': { deliverWithin: 'P8D' } } };
    expect(distributionTime({ receivedAt }, { config: tooLong })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
