import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { declineReply } from './decline-reply.js';

// Seed 第七條 (line 237): 呈報上級主管裁定是否受理。如屬客戶原因，應迅速答復客戶 — 迅速 has no number (#18, param).
const declinedAt = '2026-03-02T09:00:00+08:00';
const config = { rules: { 'P09.decline-reply': { replyWithin: 'P1D' } } };

describe('P09.decline-reply (第七條, seed line 237)', () => {
  it('unconfigured, the rule answers not-configured naming replyWithin (no invented limit)', () => {
    expect(declineReply({ declinedAt, decidedBy: 'supervisor' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P09.decline-reply', 'replyWithin'] }] },
    });
  });

  it('with P1D set: an answer at exactly 24 h is met, one second later breached, none yet pending', () => {
    const on = { declinedAt, decidedBy: 'supervisor', repliedAt: '2026-03-03T09:00:00+08:00' } as const;
    expect(declineReply(on, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
    const late = { ...on, repliedAt: '2026-03-03T09:00:01+08:00' };
    const breached = declineReply(late, { config });
    expect(breached).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(breached.ok && breached.result.explanation.en).toContain('P09 prescribes no penalty for it');
    expect(
      declineReply({ declinedAt, decidedBy: 'supervisor', asOf: '2026-03-02T10:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'pending' } });
  });

  it('declined by the store without the supervisor: breached even with a prompt answer (呈報上級主管裁定)', () => {
    const out = declineReply({ declinedAt, decidedBy: 'store', repliedAt: '2026-03-02T09:30:00+08:00' }, { config });
    expect(out).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(out.ok && out.result.explanation.zh).toContain('未呈报上级主管裁定');
  });

  it('a config override is honoured: PT2H makes a 3-hour answer late', () => {
    const twoHours = { rules: { 'P09.decline-reply': { replyWithin: 'PT2H' } } };
    expect(
      evaluate(
        'P09.decline-reply',
        { declinedAt, decidedBy: 'supervisor', repliedAt: '2026-03-02T12:00:00+08:00' },
        { config: twoHours },
      ),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an answer before the decline, an unknown decider or a limit out of range is rejected naming the field', () => {
    expect(
      declineReply({ declinedAt, decidedBy: 'supervisor', repliedAt: '2026-03-02T08:00:00+08:00' }, { config }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['repliedAt'] }] } });
    expect(declineReply({ declinedAt, decidedBy: 'manager' } as never, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['decidedBy'] }] },
    });
    expect(
      declineReply(
        { declinedAt, decidedBy: 'supervisor' },
        { config: { rules: { 'P09.decline-reply': { replyWithin: 'PT10S' } } } },
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-config' } });
  });
});
