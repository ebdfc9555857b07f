import { describe, expect, it } from 'vitest';
import { rejectionEscalation } from './rejection-escalation.js';

// Seed (二)工作細則 (line 289): 若客戶一再堅持己見，應委婉答復，立刻反映給相關負責人協調解決方案。
const rejectedAt = '2026-11-27T10:00:00+08:00';
const local = (time: string) => `2026-11-27T${time}+08:00`;
const config = { rules: { 'P10.rejection-escalation': { escalateWithin: 'PT15M' } } };

describe('P10.rejection-escalation ((二)工作細則, line 289)', () => {
  it('unconfigured: not-configured, naming the parameter the seed leaves open (立刻)', () => {
    expect(rejectionEscalation({ rejectedAt, escalatedAt: local('10:05:00') })).toMatchObject({
      ok: false,
      error: {
        code: 'not-configured',
        issues: [{ path: ['config', 'rules', 'P10.rejection-escalation', 'escalateWithin'] }],
      },
    });
  });

  it('reported at the limit is met; 1 ms later is breached, fined under (五)1', () => {
    const at = (escalatedAt: string) => rejectionEscalation({ rejectedAt, escalatedAt }, { config });
    expect(at(local('10:15:00'))).toMatchObject({ ok: true, result: { status: 'met' } });
    const late = at(local('10:15:00.001'));
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('(五)1');
  });

  it('a longer limit in config.rules; not yet reported pends; a report before the rejection is refused', () => {
    const longer = { rules: { 'P10.rejection-escalation': { escalateWithin: 'PT1H' } } };
    expect(rejectionEscalation({ rejectedAt, escalatedAt: local('10:30:00') }, { config: longer })).toMatchObject({
      result: { status: 'met' },
    });
    expect(rejectionEscalation({ rejectedAt, asOf: local('10:05:00') }, { config })).toMatchObject({
      result: { status: 'pending' },
    });
    expect(rejectionEscalation({ rejectedAt, escalatedAt: local('09:59:00') }, { config })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['escalatedAt'] }] },
    });
  });
});
