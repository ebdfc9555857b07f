import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { routing } from './routing.js';

// Seed 第八條 (line 238): 1.凡屬質量缺陷，規格、數量與合同不符，現品與樣品不符，超過技術誤差時，填制投訴記錄卡，送行政人事部。
// 2.如純屬合同糾紛，應填制投訴記錄卡，并附處理意見，送公司有關領導裁定處理。 3.如屬發貨手續問題，依照內銷處理辦法規定處理。
describe('P09.routing (第八條)', () => {
  it.each(['quality-defect', 'not-as-contracted', 'sample-mismatch', 'out-of-tolerance'] as const)(
    '%s: record card to HR and administration (第八條 1)',
    (category) => {
      const r = routing({ category });
      expect(r).toMatchObject({
        ok: true,
        result: { value: { route: 'hr-admin', recordCard: true, withOpinion: false }, warnings: [] },
      });
      expect(r.ok && r.result.explanation.zh).toContain('行政人事部');
    },
  );

  it('a pure contract dispute: record card with the opinion to the leadership (第八條 2)', () => {
    expect(routing({ category: 'contract-dispute' })).toMatchObject({
      ok: true,
      result: { value: { route: 'management', recordCard: true, withOpinion: true } },
    });
  });

  it('a shipping-procedure problem goes by the domestic-sales rules (第八條 3)', () => {
    expect(routing({ category: 'shipping-procedure' })).toMatchObject({
      ok: true,
      result: { value: { route: 'domestic-sales-rules', recordCard: false, withOpinion: false } },
    });
  });

  it('a legitimate kind 第八條 does not name takes the default route, with a warning', () => {
    const r = routing({ category: 'transit-damage' });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { route: 'hr-admin', recordCard: true }, warnings: [{ code: 'route-not-in-seed' }] },
    });
    expect(r.ok && r.result.explanation.en).toContain('default route');
  });

  it('a complaint not accepted is not routed (第七條)', () => {
    expect(routing({ category: 'customer-cause' })).toMatchObject({
      ok: true,
      result: { value: { route: 'declined', recordCard: false } },
    });
  });

  it('an organisation can send unnamed kinds elsewhere', () => {
    const config = { rules: { 'P09.routing': { unlistedRoute: 'management' } } };
    expect(evaluate('P09.routing', { category: 'bad-packing' }, { config })).toMatchObject({
      ok: true,
      result: { value: { route: 'management', withOpinion: true } },
    });
    // The seed's own routes are not overridden by the default.
    expect(evaluate('P09.routing', { category: 'quality-defect' }, { config })).toMatchObject({
      ok: true,
      result: { value: { route: 'hr-admin' } },
    });
    const bad = { rules: { 'P09.routing': { unlistedRoute: 'nowhere' } } };
    expect(evaluate('P09.routing', { category: 'bad-packing' }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.routing', 'unlistedRoute'] }] },
    });
  });

  it('rejects a missing category with the field named', () => {
    expect(evaluate('P09.routing', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['category'] }] },
    });
  });
});
