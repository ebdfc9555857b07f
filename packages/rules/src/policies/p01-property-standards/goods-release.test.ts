import { describe, expect, it } from 'vitest';
import { goodsRelease } from './goods-release.js';

// Seed 放行 1, 2, 4 (lines 3, 4, 6): 確認業主身份；填寫《物品放行條》，完整、清晰；值班員簽字確認并蓋章；
// 非業主進入責任區須經業戶認可后放行。
const complete = {
  ownerVerified: true,
  passComplete: true,
  signedByDutyOfficer: true,
  stamped: true,
  isOwner: true,
};

describe('P01.goods-release (放行 1,2,4)', () => {
  it('a verified owner with a complete, signed and stamped pass may release goods', () => {
    expect(goodsRelease(complete)).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 4 }, target: { value: 4, comparator: '=' }, sanctions: [] },
    });
  });

  it('each missing condition alone refuses the release, and is named', () => {
    for (const [field, en] of [
      ['ownerVerified', "owner's identity confirmed"],
      ['passComplete', 'pass complete and legible'],
      ['signedByDutyOfficer', 'signed by the duty officer'],
      ['stamped', 'stamped'],
    ] as const) {
      const r = goodsRelease({ ...complete, [field]: false });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 3 } } });
      expect(r.ok && r.result.explanation.en).toContain(`missing ${en}`);
    }
  });

  it("a non-owner needs the owner's consent; consent not recorded counts as not given", () => {
    expect(goodsRelease({ ...complete, isOwner: false, ownerConsent: true })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 5 } },
    });
    const r = goodsRelease({ ...complete, isOwner: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 4 }, target: { value: 5 } } });
    expect(r.ok && r.result.explanation.zh).toContain('非业主须经业户认可');
  });

  it('rejects a non-boolean fact with its path', () => {
    expect(goodsRelease({ ...complete, stamped: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['stamped'] }] },
    });
  });

  it('has no parameters: any override is a configuration error naming it', () => {
    const config = { rules: { 'P01.goods-release': { maxSeconds: 5 } } };
    expect(goodsRelease(complete, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.goods-release'] }] },
    });
  });
});
