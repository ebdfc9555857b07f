import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { penaltyApproval } from './penalty-approval.js';

// Seed 第十二條(二) (line 451): 開立“獎罰通知單”呈總經理批準后復印三份，一份自存，一份會計單位查核，一份送處罰部門處罰獎金。
const notice = {
  approvedAt: '2026-04-10T10:00:00+08:00',
  executedAt: '2026-04-15T10:00:00+08:00',
  copies: ['gm-office', 'accounting', 'penalised-department'],
} as const;

describe('P13.penalty-approval (第十二條(二))', () => {
  it('a notice approved first, with its three copies, is met', () => {
    expect(penaltyApproval({ ...notice, copies: [...notice.copies] })).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第十二條(二)' },
    });
  });

  it('reproduction (#18 item 6): a penalty executed without the GM approval is breached', () => {
    const r = penaltyApproval({ executedAt: notice.executedAt, copies: [...notice.copies] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('奖罚通知单未经总经理批准');
  });

  it('approved at the execution instant is in time; a minute after is not', () => {
    expect(penaltyApproval({ ...notice, copies: [...notice.copies], approvedAt: notice.executedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(
      penaltyApproval({ ...notice, copies: [...notice.copies], approvedAt: '2026-04-15T10:01:00+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it("accounting's copy missing (一份會計單位查核) is breached and named", () => {
    const r = penaltyApproval({ ...notice, copies: ['gm-office', 'penalised-department'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain("copies missing: accounting's copy for checking");
  });

  it('rejects an unknown copy with its index; no parameters to override', () => {
    expect(evaluate('P13.penalty-approval', { ...notice, copies: ['gm-office', 'boss'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['copies', 1] }] },
    });
    const config = { rules: { 'P13.penalty-approval': { copies: 2 } } };
    expect(evaluate('P13.penalty-approval', notice, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
