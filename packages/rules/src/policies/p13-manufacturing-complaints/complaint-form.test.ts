import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { complaintForm } from './complaint-form.js';

// Seed 第九條(一) (line 430): 查明該異常(編號、料號、交運日期、數量、不良數量)、客戶要求，并即填具“客戶抱怨處理表”
// 連同異常樣品簽注意見后送總經理室…若…數量…無法確定時應于“客戶要求”欄注明:“客戶加工中未確定”
const form = {
  number: 'LOT-0412',
  partNumber: 'P-7731',
  shipDate: '2026-04-01',
  quantity: '500',
  defectiveQuantity: '23',
  request: '換貨',
  salesOpinion: '同意換貨',
  sampleAttached: true,
};

describe('P13.complaint-form (第九條(一))', () => {
  it('a form with the seven items and the sample is met (no fault)', () => {
    expect(complaintForm(form)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第九條(一)', measured: { value: 0, unit: 'item' }, target: { value: 0 } },
    });
  });

  it('reproduction (#18 item 3): a form without the part number is breached and names it', () => {
    const { partNumber: _, ...rest } = form;
    const r = complaintForm(rest);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
    expect(r.ok && r.result.explanation.en).toContain('no part number');
    expect(r.ok && r.result.explanation.zh).toContain('缺少料号');
  });

  it('the sample not attached (連同異常樣品) is a fault; an empty form has nine', () => {
    expect(complaintForm({ ...form, sampleAttached: false })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 } },
    });
    expect(complaintForm({ quantityOpen: true })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 8 } },
    });
  });

  it('an open quantity needs 「客戶加工中未確定」 in the request, in either script', () => {
    expect(complaintForm({ ...form, quantityOpen: true })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 1 } },
    });
    expect(complaintForm({ ...form, quantityOpen: true, request: '退貨，客戶加工中未確定' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(complaintForm({ ...form, quantityOpen: true, request: '退货（客户加工中未确定）' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('rejects a non-text item with the field named; no parameters to override', () => {
    expect(evaluate('P13.complaint-form', { ...form, quantity: 500 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['quantity'] }] },
    });
    const config = { rules: { 'P13.complaint-form': { items: 5 } } };
    expect(evaluate('P13.complaint-form', form, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P13.complaint-form'] }] },
    });
  });
});
