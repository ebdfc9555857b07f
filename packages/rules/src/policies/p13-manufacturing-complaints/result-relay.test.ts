import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { resultRelay } from './result-relay.js';

// Seed 第七條(一) 4 (line 410): 迅速傳達處理結果 — 迅速 has no number (#18, param).
const returnedAt = '2026-03-09T09:00:00+08:00';
const config = { rules: { 'P13.result-relay': { relayWithin: 'P1D' } } };

describe('P13.result-relay (第七條(一), seed lines 406–410)', () => {
  it('unconfigured, the rule answers not-configured naming relayWithin (no invented limit)', () => {
    expect(resultRelay({ returnedAt })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P13.result-relay', 'relayWithin'] }] },
    });
  });

  it('with P1D set: told at exactly 24 h is met, one second later breached, not yet pending', () => {
    expect(resultRelay({ returnedAt, relayedAt: '2026-03-10T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(resultRelay({ returnedAt, relayedAt: '2026-03-10T09:00:01+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', sanctions: [] },
    });
    expect(resultRelay({ returnedAt, asOf: '2026-03-09T12:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
  });

  it('a config override is honoured: PT4H makes a next-morning call late', () => {
    const four = { rules: { 'P13.result-relay': { relayWithin: 'PT4H' } } };
    expect(
      evaluate('P13.result-relay', { returnedAt, relayedAt: '2026-03-10T08:00:00+08:00' }, { config: four }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('told before the form came back is rejected naming the field', () => {
    expect(resultRelay({ returnedAt, relayedAt: '2026-03-08T09:00:00+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['relayedAt'] }] },
    });
  });
});
