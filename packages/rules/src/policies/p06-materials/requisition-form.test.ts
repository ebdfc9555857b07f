import { describe, expect, it } from 'vitest';
import { requisitionForm } from './requisition-form.js';

// Seed 1.3.1 (lines 155–157): 該'內部聯絡單'由現場總代表審核…現場提交的內部聯絡單'必須寫明申請物資編碼、物資名稱、緊急程度等內容。
const form = { materialCode: 'WZ-0042', materialName: '網線鉗', urgency: '緊急', reviewedBySiteChief: true };

describe('P06.requisition-form (1.3.1)', () => {
  it('code, name and urgency stated and reviewed by the site chief is met (3 of 3)', () => {
    expect(requisitionForm(form)).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 3, unit: 'item' }, target: { value: 3, comparator: '>=' } },
    });
  });

  it('one item short (2 of 3) is breached, naming it', () => {
    const r = requisitionForm({ ...form, urgency: ' ' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 2 } } });
    expect(r.ok && r.result.explanation.zh).toContain('紧急程度');
  });

  it("complete but not reviewed by the site's chief representative is breached", () => {
    const r = requisitionForm({ ...form, reviewedBySiteChief: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 3 } } });
    expect(r.ok && r.result.explanation.en).toContain('chief representative');
  });

  it('rejects a missing review flag naming reviewedBySiteChief', () => {
    const { reviewedBySiteChief: _omit, ...rest } = form;
    expect(requisitionForm(rest as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['reviewedBySiteChief'] }] },
    });
  });

  it('an organisation can require the quantity as well (等內容)', () => {
    const config = {
      rules: { 'P06.requisition-form': { requiredFields: ['materialCode', 'materialName', 'urgency', 'quantity'] } },
    };
    expect(requisitionForm(form, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 3 }, target: { value: 4 } },
    });
    expect(requisitionForm({ ...form, quantity: 2 }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });
});
