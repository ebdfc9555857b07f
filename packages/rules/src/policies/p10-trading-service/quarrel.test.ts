import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { quarrel } from './quarrel.js';

// Seed (五)3 (line 336): 任何情況下，都不能與客戶發生爭吵、沖突。違反上述規定，予以責任者除名處理，扣罰一月工資。
describe('P10.quarrel ((五)3)', () => {
  it("dismissal and one month's salary withheld", () => {
    expect(quarrel({ monthlySalary: 4500.5 })).toMatchObject({
      ok: true,
      result: {
        value: { dismissal: true, wageDeduction: 4500.5 },
        sanctions: [
          { type: 'dismissal', clause: 'P10 (五)3' },
          { type: 'wage-deduction', amount: 4500.5, clause: 'P10 (五)3' },
        ],
      },
    });
  });

  it('a zero salary leaves the dismissal alone', () => {
    const r = quarrel({ monthlySalary: 0 });
    expect(r).toMatchObject({ ok: true, result: { value: { wageDeduction: 0 }, sanctions: [{ type: 'dismissal' }] } });
    expect(r.ok && r.result.sanctions).toHaveLength(1);
  });

  it('an organisation can withhold half a month, rounded half up to the fen', () => {
    const config = { rules: { 'P10.quarrel': { salaryMonths: 0.5 } } };
    expect(evaluate('P10.quarrel', { monthlySalary: 4500.05 }, { config })).toMatchObject({
      ok: true,
      result: { value: { wageDeduction: 2250.03 } },
    });
    const bad = { rules: { 'P10.quarrel': { salaryMonths: 13 } } };
    expect(evaluate('P10.quarrel', { monthlySalary: 1 }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.quarrel', 'salaryMonths'] }] },
    });
  });

  it('rejects a missing salary with the field named', () => {
    expect(evaluate('P10.quarrel', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['monthlySalary'] }] },
    });
  });
});
