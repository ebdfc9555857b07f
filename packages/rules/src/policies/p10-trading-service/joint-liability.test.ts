import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { jointLiability } from './joint-liability.js';

// Seed 連帶責任 (line 353): 公司實行扣罰連帶責任制。各部門員工因違反管理制度形成罰金處理的部門主管追責雙倍罰金。
describe('P10.joint-liability (連帶責任)', () => {
  it("the head pays double the employee's fine: 100 → 200", () => {
    const r = jointLiability({ employeeFine: 100, departmentHead: '王經理' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: 200,
        sanctions: [{ type: 'fine', amount: 200, clause: 'P10 連帶責任', note: 'department head: 王經理' }],
      },
    });
    expect(r.ok && r.result.explanation.zh).toContain('王經理连带追责2倍');
  });

  it('exact to the fen, and nothing for no fine', () => {
    expect(jointLiability({ employeeFine: 33.33 })).toMatchObject({ ok: true, result: { value: 66.66 } });
    expect(jointLiability({ employeeFine: 0 })).toMatchObject({ ok: true, result: { value: 0, sanctions: [] } });
  });

  it('an organisation can set another multiple', () => {
    const config = { rules: { 'P10.joint-liability': { multiplier: 1.5 } } };
    expect(evaluate('P10.joint-liability', { employeeFine: 200 }, { config })).toMatchObject({
      ok: true,
      result: { value: 300 },
    });
    const bad = { rules: { 'P10.joint-liability': { multiplier: 11 } } };
    expect(evaluate('P10.joint-liability', { employeeFine: 200 }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.joint-liability', 'multiplier'] }] },
    });
  });

  it('rejects a negative fine with the field named', () => {
    expect(evaluate('P10.joint-liability', { employeeFine: -100 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['employeeFine'] }] },
    });
  });
});
