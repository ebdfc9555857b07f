import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { penaltyApproval } from './penalty-approval.js';

// Seed 第十九條 2 (line 249): 開立"獎罰通知單"呈總經理核準后，月底執行罰扣…; 第二十三條 (line 253): 依情節輕重予以
// 行政處分，并經總經理核準后由行政人事部公布。
const deduction = {
  kind: 'bonus-deduction',
  approvedAt: '2026-04-20T10:00:00+08:00',
  executedAt: '2026-04-30T17:00:00+08:00',
} as const;
const sanction = {
  kind: 'sanction',
  approvedAt: '2026-04-08T10:00:00+08:00',
  executedAt: '2026-04-09T09:00:00+08:00',
  publishedAt: '2026-04-09T09:00:00+08:00',
} as const;

describe('P09.penalty-approval (第十九條 2, 第二十三條)', () => {
  it('a deduction approved, then executed on the last day of the month, is met', () => {
    expect(penaltyApproval(deduction)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P09 第十九條 2, 第二十三條' },
    });
  });

  it('reproduction (#18 item 6): a deduction executed without the GM approval of the notice is breached', () => {
    const { approvedAt: _, ...unapproved } = deduction;
    const r = penaltyApproval(unapproved);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain("no general manager's approval");
    expect(r.ok && r.result.explanation.zh).toContain('未经总经理核准');
  });

  it('approval at the execution instant is in time; one minute later is not', () => {
    expect(penaltyApproval({ ...deduction, approvedAt: deduction.executedAt })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(penaltyApproval({ ...deduction, approvedAt: '2026-04-30T17:01:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('月底執行: the last local day of the month is met, the day before is not; February has 28 days in 2026', () => {
    expect(penaltyApproval({ ...deduction, executedAt: '2026-04-30T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    const r = penaltyApproval({ ...deduction, executedAt: '2026-04-29T23:59:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('day 29, not at month end');
    // 2026-04-30T16:30Z is 2026-05-01 00:30 in Shanghai: no longer April's month end.
    expect(penaltyApproval({ ...deduction, executedAt: '2026-04-30T16:30:00Z' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(
      penaltyApproval({
        ...deduction,
        approvedAt: '2026-02-01T09:00:00+08:00',
        executedAt: '2026-02-28T18:00:00+08:00',
      }),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a sanction (第二十三條) approved and published is met; unpublished or published before approval is breached', () => {
    expect(penaltyApproval(sanction)).toMatchObject({ ok: true, result: { status: 'met' } });
    const { publishedAt: _, ...unpublished } = sanction;
    const r = penaltyApproval(unpublished);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('行政人事部未公布');
    expect(penaltyApproval({ ...sanction, publishedAt: '2026-04-07T09:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects a missing execution time and an unknown kind, naming the field', () => {
    expect(evaluate('P09.penalty-approval', { kind: 'sanction' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['executedAt'] }] },
    });
    expect(evaluate('P09.penalty-approval', { ...sanction, kind: 'fine' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['kind'] }] },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.penalty-approval': { monthEnd: false } } };
    expect(evaluate('P09.penalty-approval', deduction, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
