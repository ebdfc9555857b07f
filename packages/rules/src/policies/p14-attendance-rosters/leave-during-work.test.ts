import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { leaveDuringWork } from './leave-during-work.js';

// Seed 1.2.3 (line 482): 工作時間無論因公或因私臨時外出者，必須向直屬上級領導請示，經批准后方可外出。
const leftAt = '2026-11-27T14:00:00+08:00';

describe('P14.leave-during-work (1.2.3)', () => {
  it('approved at the moment of leaving is met (inclusive); 1 ms after it is breached', () => {
    expect(leaveDuringWork({ leftAt, approvedAt: leftAt, reason: 'business' })).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P14 1.2.3', measured: { value: 0, unit: 'minute' } },
    });
    const r = leaveDuringWork({ leftAt, approvedAt: '2026-11-27T14:00:00.001+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('approval must come first');
  });

  it('leaving without approval is breached, on business or private', () => {
    for (const reason of ['business', 'personal'] as const) {
      const r = leaveDuringWork({ leftAt, reason });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
      expect(r.ok && r.result.explanation.zh).toContain('未经直属上级批准');
    }
  });

  it('leaving outside working time is not applicable', () => {
    expect(leaveDuringWork({ leftAt, duringWorkingTime: false, reason: 'personal' })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('an organisation can require approval 30 minutes ahead', () => {
    const config = { rules: { 'P14.leave-during-work': { minLead: 'PT30M' } } };
    expect(leaveDuringWork({ leftAt, approvedAt: '2026-11-27T13:30:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 30 } },
    });
    const r = leaveDuringWork({ leftAt, approvedAt: '2026-11-27T13:30:00.001+08:00' }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('at least 30 min required');
  });

  it('rejects a business errand outside working time and a bad instant, naming the field', () => {
    expect(leaveDuringWork({ leftAt, duringWorkingTime: false, reason: 'business' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['duringWorkingTime'] }] },
    });
    expect(evaluate('P14.leave-during-work', { leftAt: '2026-11-27 14:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['leftAt'] }] },
    });
  });
});
