import { describe, expect, it } from 'vitest';
import { reopenedForm } from './reopened-form.js';

// Seed 第九條(八) (line 437): 若客戶未能理解時業務部門應再填一份新的“客戶抱怨處理表”附原抱怨表一併呈報處理.
const disputedAt = '2026-03-10T09:00:00+08:00';

describe('P13.reopened-form (第九條(八), seed line 437)', () => {
  it('reproduction (#18): a disputed conclusion with no new form is breached', () => {
    const out = reopenedForm({ disputedAt });
    expect(out).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
    expect(out.ok && out.result.explanation.zh).toContain('未另填新的客户抱怨处理表');
  });

  it('a new form without the original attached is breached; with it, met', () => {
    expect(reopenedForm({ disputedAt, newForm: '260305' })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(reopenedForm({ disputedAt, newForm: '260305', originalAttached: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('an empty form number is rejected naming the field', () => {
    expect(reopenedForm({ disputedAt, newForm: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['newForm'] }] },
    });
  });
});
