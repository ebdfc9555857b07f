import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { improvementTracking } from './improvement-tracking.js';

// Seed 第九條(六) (line 435): 改善方法是否需列入追蹤(人為疏忽免列案追蹤)作明確的判定.
describe('P13.improvement-tracking (第九條(六), seed line 435)', () => {
  it('reproduction (#18): a quality case with no tracking decision is breached; either decision is met', () => {
    expect(improvementTracking({ cause: 'material' })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(improvementTracking({ cause: 'material', tracking: 'tracked' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(improvementTracking({ cause: 'design', tracking: 'not-tracked' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('human negligence is exempt (免列案追蹤): not applicable, with or without a decision, as P13.classify says', () => {
    expect(improvementTracking({ cause: 'wrong-item-shipped' })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
    expect(evaluate('P13.classify', { cause: 'wrong-item-shipped' })).toMatchObject({
      ok: true,
      result: { value: { trackingExempt: true } },
    });
  });

  it('a config override: late delivery counted as a quality cause needs the decision', () => {
    const config = { rules: { 'P13.improvement-tracking': { humanFactorCauses: ['human-error'] } } };
    expect(evaluate('P13.improvement-tracking', { cause: 'late-delivery' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('an unknown cause or decision is rejected naming the field', () => {
    expect(improvementTracking({ cause: 'weather' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['cause'] }] },
    });
    expect(improvementTracking({ cause: 'material', tracking: 'maybe' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['tracking'] }] },
    });
  });
});
