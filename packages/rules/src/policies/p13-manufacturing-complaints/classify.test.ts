import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

// Seed 第五條 (lines 399–402): (一)非質量異常客訴發生原因(指人為因素造成)。(二)質量異常客訴發生原因。
// Seed 第九條(六) (line 435): 改善方法是否需列入追蹤(人為疏忽免列案追蹤)作明確的判定。
describe('P13.classify (第五條)', () => {
  it('a human factor is a non-quality complaint, exempt from tracking', () => {
    for (const cause of ['human-error', 'wrong-item-shipped', 'wrong-quantity', 'handling-damage'] as const) {
      expect(classify({ cause })).toMatchObject({
        ok: true,
        result: { kind: 'compute', value: { category: 'non-quality', trackingExempt: true } },
      });
    }
  });

  it('a defect of the product is a quality complaint, tracking to be decided', () => {
    const r = classify({ cause: 'material' });
    expect(r).toMatchObject({ ok: true, result: { value: { category: 'quality', trackingExempt: false } } });
    expect(r.ok && r.result.explanation.zh).toContain('质量异常');
  });

  it('an unknown cause is rejected naming cause', () => {
    expect(classify({ cause: 'weather' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['cause'] }] },
    });
  });

  it('an organisation can count handling damage as a quality cause', () => {
    const config = { rules: { 'P13.classify': { humanFactorCauses: ['human-error', 'wrong-item-shipped'] } } };
    expect(classify({ cause: 'handling-damage' }, { config })).toMatchObject({
      ok: true,
      result: { value: { category: 'quality' } },
    });
    const bad = { rules: { 'P13.classify': { humanFactorCauses: ['weather'] } } };
    expect(classify({ cause: 'material' }, { config: bad })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P13.classify', 'humanFactorCauses', 0] }],
      },
    });
  });
});
