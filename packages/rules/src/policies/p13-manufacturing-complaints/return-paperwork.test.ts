import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { returnPaperwork } from './return-paperwork.js';

// Seed 第十三條(一) 1–2 (lines 453–455): 銷貨折讓證明單…呈經(副)理、總(副)經理核簽及送客戶簽章后…送會計作帳；成品退貨單
// 注明退貨原因，處理方式及退回依據后呈經(副)理批示; (二) 4–5 (lines 460–467): 擇一取得退貨證明 / 折讓證明 (蓋統一)。
const allowance = {
  kind: 'allowance',
  postedAt: '2026-04-20T10:00:00+08:00',
  managerApproved: true,
  gmApproved: true,
  customerSealed: true,
  proof: 'allowance-certificate',
} as const;
const goodsBack = {
  kind: 'return',
  postedAt: '2026-04-20T10:00:00+08:00',
  reason: '外觀不良',
  method: '重處理',
  basis: '客戶抱怨處理表 2604-03',
  managerApproved: true,
  proof: 'return-certificate',
} as const;

describe('P13.return-paperwork (第十三條(一), (二)4, 5)', () => {
  it('an allowance with both signatures, the seal and a certificate is met; a return with its form and a proof too', () => {
    expect(returnPaperwork(allowance)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第十三條(一), (二)4, 5', measured: { value: 0 } },
    });
    expect(returnPaperwork(goodsBack)).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it("reproduction (#18 item 9): an allowance posted without the customer's seal or the GM's signature is breached", () => {
    const r = returnPaperwork({ ...allowance, customerSealed: false, gmApproved: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 2 } } });
    expect(r.ok && r.result.explanation.en).toContain("no general manager's signature; no customer's seal");
    expect(r.ok && r.result.explanation.zh).toContain('缺客户签章');
  });

  it('each of the listed proofs is accepted for its kind, and only those; no proof is a fault', () => {
    for (const proof of ['invoice-returned', 'invoice-copy', 'return-certificate'] as const) {
      expect(returnPaperwork({ ...goodsBack, proof })).toMatchObject({ ok: true, result: { status: 'met' } });
    }
    for (const proof of ['invoice-copy', 'allowance-certificate'] as const) {
      expect(returnPaperwork({ ...allowance, proof })).toMatchObject({ ok: true, result: { status: 'met' } });
    }
    const wrong = returnPaperwork({ ...allowance, proof: 'return-certificate' });
    expect(wrong).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(wrong.ok && wrong.result.explanation.en).toContain(
      "'return-certificate' is not a proof listed for a allowance",
    );
    const { proof: _, ...none } = goodsBack;
    expect(returnPaperwork(none)).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
  });

  it('a return form without its basis (blank counts), or without the manager, is breached', () => {
    expect(returnPaperwork({ ...goodsBack, basis: '  ' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 } },
    });
    expect(returnPaperwork({ ...goodsBack, managerApproved: false })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects an unknown proof and a missing posting time with the field named; no parameters', () => {
    expect(evaluate('P13.return-paperwork', { ...goodsBack, proof: 'receipt' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['proof'] }] },
    });
    const { postedAt: _, ...unposted } = goodsBack;
    expect(evaluate('P13.return-paperwork', unposted)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['postedAt'] }] },
    });
    const config = { rules: { 'P13.return-paperwork': { proofs: 1 } } };
    expect(evaluate('P13.return-paperwork', goodsBack, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
