import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { repairIntake } from './repair-intake.js';

// Seed 維修來電 (line 90): 接到維修來電來函時，應詳細記錄客戶名稱、具體地址、聯系方式、商品型號、購買日期等相關信息，
// 查清存在的問題和故障現象，填寫《維修服務單》。
const full = {
  customerName: '順達物流',
  address: '深圳市南山區科技園1號',
  contact: '13800000000',
  productModel: 'GT-06',
  purchaseDate: '2025-03-15',
  fault: '終端不上線',
  calledAt: '2026-03-20T09:00:00+08:00',
};

describe('P03.repair-intake (維修來電)', () => {
  it('all six items recorded is met, 6 of 6', () => {
    expect(repairIntake(full)).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        value: { missing: [] },
        measured: { value: 6, unit: 'item' },
        target: { value: 6, comparator: '>=' },
        clause: 'P03 維修來電',
      },
    });
  });

  it('one item short (5 of 6) is breached and names it in both languages', () => {
    const { productModel: _omit, ...rest } = full;
    const r = repairIntake(rest);
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { missing: ['productModel'] }, measured: { value: 5 } },
    });
    expect(r.ok && r.result.explanation.en).toContain('product model');
    expect(r.ok && r.result.explanation.zh).toContain('商品型号');
  });

  it('a blank entry counts as not recorded', () => {
    const r = repairIntake({ ...full, fault: '   ', contact: '' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', value: { missing: ['contact', 'fault'] } } });
  });

  it('a purchase on the day of the call is accepted; the day after is a contradiction naming purchaseDate', () => {
    expect(repairIntake({ ...full, purchaseDate: '2026-03-20' })).toMatchObject({ ok: true });
    expect(repairIntake({ ...full, purchaseDate: '2026-03-21' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['purchaseDate'] }] },
    });
  });

  it('rejects a malformed purchase date with the field named', () => {
    const r = evaluate('P03.repair-intake', { ...full, purchaseDate: '2025-02-30' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['purchaseDate'] }] } });
  });

  it('an organisation can require fewer items', () => {
    const config = { rules: { 'P03.repair-intake': { requiredFields: ['customerName', 'contact', 'fault'] } } };
    const r = repairIntake({ customerName: 'A', contact: '1', fault: 'x' }, { config });
    expect(r).toMatchObject({ ok: true, result: { status: 'met', measured: { value: 3 }, target: { value: 3 } } });
    const bad = repairIntake(full, { config: { rules: { 'P03.repair-intake': { requiredFields: ['vin'] } } } });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P03.repair-intake', 'requiredFields', 0] }],
      },
    });
  });
});
