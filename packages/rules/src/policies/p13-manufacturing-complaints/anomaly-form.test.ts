import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { anomalyForm } from './anomaly-form.js';

// Seed 第三條 (lines 396–397): 如未造成損失時業務部或有關單位前往處理時，應填報“異常處理單”反應有關單位改善。
describe('P13.anomaly-form (第三條)', () => {
  it('a no-loss reaction handled on site with its anomaly form is met', () => {
    expect(anomalyForm({ formFiled: true })).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第三條' },
    });
  });

  it('reproduction (#18, runners-up): handled on site without an anomaly form is breached', () => {
    const r = anomalyForm({});
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('未填报异常处理单');
  });

  it('one that caused a loss is a 第九條 complaint, one nobody went to is not this clause: not applicable', () => {
    expect(anomalyForm({ lossCaused: true })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
    expect(anomalyForm({ handledOnSite: false })).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
  });

  it('rejects a non-boolean with the field named; no parameters', () => {
    expect(evaluate('P13.anomaly-form', { formFiled: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['formFiled'] }] },
    });
    expect(evaluate('P13.anomaly-form', {}, { config: { rules: { 'P13.anomaly-form': { x: 1 } } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
