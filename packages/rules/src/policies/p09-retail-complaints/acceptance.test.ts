import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { acceptance } from './acceptance.js';

// Seed 第七條 (line 237): 確認其投訴理由是否成立，呈報上級主管裁定是否受理 — the acceptance, as the decline, is the
// supervisor's decision (#18). 婉轉講明理由 is a manner of speaking, not judged.
const acceptedAt = '2026-03-02T09:00:00+08:00';

describe('P09.acceptance (第七條, seed line 237)', () => {
  it.each([
    ['supervisor', 'met'],
    ['store', 'breached'],
  ] as const)('P09 第七條: accepted by the %s is %s', (decidedBy, status) => {
    expect(acceptance({ acceptedAt, decidedBy })).toMatchObject({
      ok: true,
      result: { status, clause: 'P09 第七條', sanctions: [] },
    });
  });

  it('P09 第七條: the store accepting on its own names the supervisor’s decision and no penalty', () => {
    const out = acceptance({ acceptedAt, decidedBy: 'store' });
    expect(out.ok && out.result.explanation.en).toContain('P09 prescribes no penalty for it');
    expect(out.ok && out.result.explanation.zh).toContain('未呈报上级主管裁定');
  });

  it('P09 第七條: a decider outside the two is refused, naming decidedBy', () => {
    expect(evaluate('P09.acceptance', { acceptedAt, decidedBy: 'clerk' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['decidedBy'] }] },
    });
  });
});
