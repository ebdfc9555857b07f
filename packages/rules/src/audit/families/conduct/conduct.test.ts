/**
 * Correlation of the conduct family (P04, P10, P11, P12), moved from families.test.ts: its events become
 * each rule's facts, and the finding is the rule's own result.
 */
import { describe, expect, it } from 'vitest';
import { audit, ev, findingsOf, only } from '../../test-kit.js';

describe('conduct', () => {
  it('P12 items at once, chatting as a month ladder, P10 fines at once', async () => {
    const r = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'dress', missing: ['badge'] }),
      ev('conduct-breach', '2026-03-03T09:00', { employee: 'E1', kind: 'chatting' }),
      ev('conduct-breach', '2026-03-04T09:00', { employee: 'E1', kind: 'chatting' }),
      ev('conduct-breach', '2026-03-05T09:00', { employee: 'E1', kind: 'chatting', severity: 'heavy' }),
      ev('conduct-breach', '2026-03-06T09:00', { employee: 'E2', kind: 'private-dealings' }),
      ev('conduct-breach', '2026-03-07T09:00', { employee: 'E2', kind: 'leak' }),
    ]);
    expect(only(r, 'P12.dress').result.status).toBe('breached');
    const chatting = only(r, 'P12.chatting');
    expect(chatting.lines).toEqual([1, 2, 3, 4]);
    expect(chatting.result.sanctions.some((s) => s.type === 'warning')).toBe(true);
    expect(only(r, 'P10.private-dealings').result.sanctions).toEqual([
      expect.objectContaining({ type: 'fine', amount: 200 }),
    ]);
    expect(only(r, 'P10.leak').result.sanctions).toEqual([expect.objectContaining({ type: 'fine', amount: 1000 })]);
  });

  it('P11 desk rules, phone bill charges, praise', async () => {
    const r = await audit([
      ev('number-disclosed', '2026-03-02T09:00', { employee: 'E1', supervisorApproved: false }),
      ev('item-held', '2026-03-02T10:00', { employee: 'E1', approved: true }),
      ev('phone-bill', '2026-03-28T10:00', { employee: 'E1', bill: 150, quota: 120 }),
      ev('praised', '2026-03-10T10:00', { employee: 'E2', severity: 'medium' }),
    ]);
    expect(only(r, 'P11.disclosure').result.status).toBe('breached');
    expect(only(r, 'P11.item-holding').result.status).toBe('met');
    expect(only(r, 'P12.praise').result.sanctions).toEqual([expect.objectContaining({ type: 'points' })]);
    expect(r.ledger.find((e) => e.employee === 'E1')?.charges).toBe(30);
  });

  it('P04 zero incidents per department and month', async () => {
    const r = await audit([
      ev('accident', '2026-03-02T09:00', { department: 'ENG' }),
      ev('complaint-received', '2026-03-03T09:00', { case: 'C', employee: 'E1', settledOnSpot: true }),
    ]);
    const byDept = Object.fromEntries(findingsOf(r, 'P04.zero-incidents').map((f) => [f.department, f.result.status]));
    expect(byDept).toEqual({ CS: 'breached', ENG: 'breached' });
  });
});

describe('the front desk’s bans judged from conduct lines (#18: P08 4.1(3), 4.1(9), lines 194, 200)', () => {
  it('smoking, snacking and wandering are P08.on-duty-conduct breaches; leaving the desk is P08.keep-post’s', async () => {
    const r = await audit([
      ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'smoking' }),
      ev('conduct-breach', '2026-03-02T10:00', { employee: 'E1', kind: 'snacking' }),
      ev('conduct-breach', '2026-03-02T11:00', { employee: 'E2', kind: 'wandering' }),
      ev('conduct-breach', '2026-03-02T12:00', { employee: 'E2', kind: 'left-post' }),
    ]);
    const acts = findingsOf(r, 'P08.on-duty-conduct');
    expect(acts.map((f) => [f.lines, f.result.status])).toEqual([
      [[1], 'breached'],
      [[2], 'breached'],
      [[3], 'breached'],
    ]);
    expect(only(r, 'P08.keep-post')).toMatchObject({ lines: [4], result: { status: 'breached' } });
  });

  it('a ban breach with `times` is refused: one incident per line', async () => {
    const r = await audit([ev('conduct-breach', '2026-03-02T09:00', { employee: 'E1', kind: 'smoking', times: 2 })]);
    expect(findingsOf(r, 'P08.on-duty-conduct')).toEqual([]);
    expect(r.rejected.map((x) => x.line)).toEqual([1]);
  });
});

describe('P08 4.16 line 224: resident files kept inside the company (#18)', () => {
  it('a disclosure outside the company is breached; inside it is met', async () => {
    const r = await audit([
      ev('resident-file-disclosed', '2026-03-02T09:00', { employee: 'E1', toOutsider: true }),
      ev('resident-file-disclosed', '2026-03-02T10:00', { employee: 'E1', toOutsider: false }),
    ]);
    expect(findingsOf(r, 'P08.resident-files').map((f) => [f.lines, f.result.status])).toEqual([
      [[1], 'breached'],
      [[2], 'met'],
    ]);
  });
});

describe('P11 2 line 358: the desk phone is not lent out (#18)', () => {
  it('a desk-phone-lent line, and a phone-bill line saying lentOut, are breached; a bill saying false is met', async () => {
    const r = await audit([
      ev('desk-phone-lent', '2026-03-02T10:00', { employee: 'E1' }),
      ev('phone-bill', '2026-03-31T18:00', { employee: 'E2', bill: 80, quota: 100, lentOut: true }),
      ev('phone-bill', '2026-03-31T18:10', { employee: 'E1', bill: 80, quota: 100, lentOut: false }),
      ev('phone-bill', '2026-03-31T18:20', { employee: 'E1', bill: 80, quota: 100 }),
    ]);
    expect(findingsOf(r, 'P11.phone-lending').map((f) => f.result.status)).toEqual(['breached', 'breached', 'met']);
  });
});
