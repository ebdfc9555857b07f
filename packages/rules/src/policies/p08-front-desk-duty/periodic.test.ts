import { describe, expect, it } from 'vitest';
import { keyReconciliation } from './key-reconciliation.js';
import { satisfactionSurvey } from './satisfaction-survey.js';

// Seed 4.12 (line 220): 定期對業戶寄存及未領取的空房鑰匙進行核對，并定期更新鑰匙明細。
// Seed 4.15 (line 223): 根據情況，定期對業戶進行滿意度調查，并將結果進行匯總統計。
const previousAt = '2026-10-01T10:00:00+08:00';
const keys = { rules: { 'P08.key-reconciliation': { every: 'P30D' } } };
const survey = { rules: { 'P08.satisfaction-survey': { every: 'P92D' } } };

describe('P08.key-reconciliation (4.12, line 220)', () => {
  it('unconfigured: not-configured, naming the period the seed leaves open (定期)', () => {
    expect(keyReconciliation({ previousAt, doneAt: '2026-10-20T10:00:00+08:00', listUpdated: true })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P08.key-reconciliation', 'every'] }] },
    });
  });

  it('a reconciliation at the period after the previous one is met; 1 ms later is breached', () => {
    const at = (doneAt: string) => keyReconciliation({ previousAt, doneAt, listUpdated: true }, { config: keys });
    expect(at('2026-10-31T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(at('2026-10-31T10:00:00.001+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('on time but the key list not updated is breached; the first on record judges the list only', () => {
    const r = keyReconciliation(
      { previousAt, doneAt: '2026-10-10T10:00:00+08:00', listUpdated: false },
      { config: keys },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('更新钥匙明细');
    expect(keyReconciliation({ doneAt: previousAt, listUpdated: true }, { config: keys })).toMatchObject({
      result: { status: 'met' },
    });
  });

  it('rejects a round before the previous one and a period out of range', () => {
    expect(
      keyReconciliation({ previousAt, doneAt: '2026-09-01T10:00:00+08:00', listUpdated: true }, { config: keys }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['doneAt'] }] } });
    const bad = { rules: { 'P08.key-reconciliation': { every: 'PT1H' } } };
    expect(keyReconciliation({ doneAt: previousAt, listUpdated: true }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});

describe('P08.satisfaction-survey (4.15, line 223)', () => {
  it('unconfigured: not-configured; configured, a survey within the period with its results summarised is met', () => {
    const f = { previousAt, doneAt: '2026-12-01T10:00:00+08:00', summarised: true };
    expect(satisfactionSurvey(f)).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(satisfactionSurvey(f, { config: survey })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a survey past the period, or its results not summarised, is breached', () => {
    expect(
      satisfactionSurvey({ previousAt, doneAt: '2027-01-01T10:00:00.001+08:00', summarised: true }, { config: survey }),
    ).toMatchObject({ result: { status: 'breached' } });
    const r = satisfactionSurvey(
      { previousAt, doneAt: '2026-11-01T10:00:00+08:00', summarised: false },
      { config: survey },
    );
    expect(r).toMatchObject({ result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('the results summarised');
  });
});
