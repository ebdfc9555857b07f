import { describe, expect, it } from 'vitest';
import { approvalAuthority } from './approval-authority.js';

// Seed 第十一條 (line 446): 客訴金額核決權限 — the table itself is missing (Ambiguities 10).
const ID = 'P13.approval-authority';
const bands = [{ upTo: 10000, approver: '業務部經理' }, { upTo: 50000, approver: '副總經理' }, { approver: '總經理' }];
const config = { rules: { [ID]: { bands } } };

describe('P13.approval-authority (第十一條)', () => {
  it('unconfigured, it is a not-configured error naming the parameter', () => {
    expect(approvalAuthority({ amount: 100 })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', ID, 'bands'] }] },
    });
  });

  it('each bound is inclusive: the next band starts one fen above it', () => {
    const who = (amount: number) => {
      const r = approvalAuthority({ amount }, { config });
      return r.ok ? r.result.value : r.error.code;
    };
    expect(who(0)).toBe('業務部經理');
    expect(who(10000)).toBe('業務部經理');
    expect(who(10000.01)).toBe('副總經理');
    expect(who(50000)).toBe('副總經理');
    expect(who(50000.01)).toBe('總經理');
    expect(approvalAuthority({ amount: 10000 }, { config })).toMatchObject({
      ok: true,
      result: { measured: { value: 10000, unit: 'yuan' }, target: { value: 10000, comparator: '<=' } },
    });
  });

  it('an amount above a bounded table is refused', () => {
    const bounded = { rules: { [ID]: { bands: bands.slice(0, 2) } } };
    expect(approvalAuthority({ amount: 50000.01 }, { config: bounded })).toMatchObject({
      ok: false,
      error: { code: 'rule-refused', issues: [{ path: ['amount'] }] },
    });
  });

  it('bands out of order or unbounded before the last are configuration errors', () => {
    const descending = {
      rules: {
        [ID]: {
          bands: [
            { upTo: 500, approver: 'A' },
            { upTo: 100, approver: 'B' },
          ],
        },
      },
    };
    expect(approvalAuthority({ amount: 1 }, { config: descending })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', ID, 'bands', 1, 'upTo'] }] },
    });
    const open = { rules: { [ID]: { bands: [{ approver: 'A' }, { upTo: 100, approver: 'B' }] } } };
    expect(approvalAuthority({ amount: 1 }, { config: open })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', ID, 'bands', 0, 'upTo'] }] },
    });
  });

  it('a negative amount is rejected naming amount', () => {
    expect(approvalAuthority({ amount: -1 }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['amount'] }] },
    });
  });
});
