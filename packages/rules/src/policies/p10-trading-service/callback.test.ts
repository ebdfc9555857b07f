import { describe, expect, it } from 'vitest';
import { callback } from './callback.js';

// Seed (二)回訪細則 (line 298): ※及時回訪，了解客戶對客服的滿意度。
const answeredAt = '2026-11-27T10:00:00+08:00';
const config = { rules: { 'P10.callback': { callbackWithin: 'P1D' } } };

describe('P10.callback ((二)回訪細則, line 298)', () => {
  it('unconfigured: not-configured, naming the parameter the seed leaves open (及時)', () => {
    expect(callback({ answeredAt, calledBackAt: '2026-11-27T11:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P10.callback', 'callbackWithin'] }] },
    });
  });

  it('a callback at the limit is met; 1 ms later is breached', () => {
    expect(callback({ answeredAt, calledBackAt: '2026-11-28T10:00:00+08:00' }, { config })).toMatchObject({
      result: { status: 'met' },
    });
    expect(callback({ answeredAt, calledBackAt: '2026-11-28T10:00:00.001+08:00' }, { config })).toMatchObject({
      result: { status: 'breached' },
    });
  });

  it('no callback yet: pending, then breached past the limit; a callback before the answer is refused', () => {
    expect(callback({ answeredAt, asOf: '2026-11-27T12:00:00+08:00' }, { config })).toMatchObject({
      result: { status: 'pending' },
    });
    expect(callback({ answeredAt, asOf: '2026-11-28T10:00:00.001+08:00' }, { config })).toMatchObject({
      result: { status: 'breached' },
    });
    expect(callback({ answeredAt, calledBackAt: '2026-11-27T09:00:00+08:00' }, { config })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['calledBackAt'] }] },
    });
  });
});
