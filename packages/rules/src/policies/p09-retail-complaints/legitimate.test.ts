import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { legitimate } from './legitimate.js';

// Seed 第三條 (line 232): 客戶的正當投訴范圍包括: 1.產品在品質上有缺陷; 2.產品的交期; 3.產品規格、等級、數量等與合同規定或與
// 貨物清單不符; 4.產品技術規格超過允許誤差范圍; 5.產品在運輸途中受到損害; 6.因包裝不良造成損壞; 7.存在其他品質問題或違反合同問題。
// Seed 第七條 (line 237): 如屬客戶原因，應迅速答復客戶，婉轉講明理由，請客戶諒解。
describe('P09.legitimate (第三條)', () => {
  it.each([
    ['quality-defect', 1],
    ['delivery-date', 2],
    ['not-as-contracted', 3],
    ['out-of-tolerance', 4],
    ['transit-damage', 5],
    ['bad-packing', 6],
    ['other-breach', 7],
    ['sample-mismatch', 7],
    ['contract-dispute', 7],
    ['shipping-procedure', 7],
  ] as const)('%s is legitimate, item %i of 第三條', (category, item) => {
    expect(legitimate({ category })).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: { legitimate: true, item }, clause: 'P09 第三條' },
    });
  });

  it("the customer's own cause and anything outside the seven are not legitimate (第七條)", () => {
    for (const category of ['customer-cause', 'out-of-scope'] as const) {
      const r = legitimate({ category });
      expect(r).toMatchObject({ ok: true, result: { value: { legitimate: false, item: null } } });
      expect(r.ok && r.result.explanation.zh).toContain('婉转');
      expect(r.ok && r.result.explanation.en).toContain('outside the 7');
    }
  });

  it('rejects an unknown category with the field named', () => {
    expect(evaluate('P09.legitimate', { category: 'price' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['category'] }] },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.legitimate': { scope: 3 } } };
    expect(evaluate('P09.legitimate', { category: 'bad-packing' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.legitimate'] }] },
    });
  });
});
