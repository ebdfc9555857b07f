import { describe, expect, it } from 'vitest';
import { borrowingRecord } from './borrowing-record.js';

// Seed 1.3 (line 54): 任何人員借閱上述文件資料，須登記日期、用途、經手人及歸還日期。
const loan = {
  borrowedAt: '2026-11-02T10:00:00+08:00',
  purpose: 'audit',
  handler: 'Li Wei',
  returnBy: '2026-11-09',
};

describe('P02.borrowing-record (1.3)', () => {
  it('returned by the end of the return date is met (inclusive)', () => {
    expect(borrowingRecord({ ...loan, returnedAt: '2026-11-09T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-09T23:59:59.999+08:00' },
    });
  });

  it('returned at midnight after the return date is breached', () => {
    const r = borrowingRecord({ ...loan, returnedAt: '2026-11-10T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('late');
  });

  it('a return time given as an instant is due at that instant', () => {
    const facts = { ...loan, returnBy: '2026-11-09T17:00:00+08:00' };
    expect(borrowingRecord({ ...facts, returnedAt: '2026-11-09T17:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-09T17:00:00.000+08:00' },
    });
    expect(borrowingRecord({ ...facts, returnedAt: '2026-11-09T17:00:01+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('not returned: pending, at-risk near the return date, overdue after it', () => {
    const at = (asOf: string) => borrowingRecord({ ...loan, asOf });
    expect(at('2026-11-03T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-09T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    const r = at('2026-11-10T09:00:00+08:00');
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('overdue');
  });

  it('a record without purpose, handler or return date is breached, naming what is missing', () => {
    const r = borrowingRecord({ borrowedAt: loan.borrowedAt, purpose: '  ', returnedAt: '2026-11-03T10:00:00+08:00' });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1, unit: 'item' }, target: { value: 4 } },
    });
    expect(r.ok && r.result.explanation.en).toContain('lacks its purpose, handler, return date');
    expect(r.ok && r.result.explanation.zh).toContain('缺少用途、经手人、归还日期');
  });

  it('rejects a return date or a return before the loan, naming the field', () => {
    expect(borrowingRecord({ ...loan, returnBy: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['returnBy'] }] },
    });
    expect(borrowingRecord({ ...loan, returnedAt: '2026-11-01T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['returnedAt'] }] },
    });
    expect(borrowingRecord({ ...loan, returnBy: 'next week' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['returnBy'] }] },
    });
  });

  it('counts the return date in the configured zone', () => {
    const config = { zone: 'Europe/London' };
    expect(borrowingRecord({ ...loan, returnedAt: '2026-11-10T07:59:59+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-09T23:59:59.999+00:00' },
    });
  });

  it('has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P02.borrowing-record': { loanDays: 7 } } };
    expect(borrowingRecord(loan, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P02.borrowing-record'] }] },
    });
  });
});
