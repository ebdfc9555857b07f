import { describe, expect, it } from 'vitest';
import { overdueAction } from './overdue-action.js';

// Seed 第十四條 (line 469): 對于逾期案件應開立「催辦單」催促有關部門處理…對于處理時效逾期案件，得開立「治辦單」送有關部門追查逾期原因。
const acceptedAt = '2026-11-01T10:00:00+08:00';
const domestic = { acceptedAt, market: 'domestic' as const };

describe('P13.overdue-action (第十四條)', () => {
  it('an open case past its deadline gets a reminder (催辦單)', () => {
    const r = overdueAction({ ...domestic, asOf: '2026-11-17T00:00:00+08:00' });
    expect(r).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: 'reminder', dueAt: '2026-11-16T23:59:59.999+08:00' },
    });
    expect(r.ok && r.result.status).toBeUndefined();
    expect(r.ok && r.result.explanation.zh).toContain('催办单');
  });

  it('an open case on its last millisecond needs no action yet', () => {
    expect(overdueAction({ ...domestic, asOf: '2026-11-16T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { value: 'none' },
    });
  });

  it('a case closed late gets an inquiry (治辦單); closed on time, none', () => {
    const late = overdueAction({ ...domestic, closedAt: '2026-11-17T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { value: 'inquiry' } });
    expect(late.ok && late.result.explanation.en).toContain('inquiry');
    expect(overdueAction({ ...domestic, closedAt: '2026-11-16T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { value: 'none' },
    });
  });

  it('foreign cases have 20 days', () => {
    expect(overdueAction({ acceptedAt, market: 'foreign', asOf: '2026-11-20T10:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { value: 'none', dueAt: '2026-11-21T23:59:59.999+08:00' },
    });
  });

  it("uses P13.closure's configuration and an asOf given as an option", () => {
    const config = { rules: { 'P13.closure': { domesticDays: 10 } } };
    expect(overdueAction(domestic, { asOf: '2026-11-12T00:00:00+08:00', config })).toMatchObject({
      ok: true,
      result: { value: 'reminder', dueAt: '2026-11-11T23:59:59.999+08:00' },
    });
    expect(overdueAction(domestic, { asOf: '2026-11-12T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { value: 'none' },
    });
  });

  it('contradictory facts are rejected naming the field', () => {
    expect(overdueAction({ ...domestic, closedAt: '2026-10-30T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['closedAt'] }] },
    });
    expect(overdueAction(domestic)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });
});
