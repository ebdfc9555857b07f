import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { handover } from './handover.js';

// Seed 4.7 (lines 206–215): 2)接班人員清點崗位上所有公物… 4)…發現有異常則要求交班人員做出說明，并做好記錄。
// 5)交接雙方在確認無誤后，在上一班工作記錄本上簽字。 9)…重要的工作未處理完畢，不允許交班。
const valid = {
  signedByOutgoing: true,
  signedByIncoming: true,
  itemsChecked: true,
  anomaliesRecorded: true,
  importantWorkOpen: false,
};

describe('P08.handover (4.7)', () => {
  it('both signatures, items counted, anomalies recorded and nothing important open is met', () => {
    expect(handover(valid)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P08 4.7', measured: { value: 0, unit: 'item' }, target: { value: 0 } },
    });
  });

  it('each missing condition breaches the handover and is named', () => {
    const cases: [Partial<typeof valid>, string][] = [
      [{ signedByOutgoing: false }, 'outgoing employee did not sign'],
      [{ signedByIncoming: false }, 'incoming employee did not sign'],
      [{ itemsChecked: false }, 'items at the post were not counted'],
      [{ anomaliesRecorded: false }, 'anomalies were not recorded'],
      [{ importantWorkOpen: true }, 'important work was left unfinished'],
    ];
    for (const [change, text] of cases) {
      const r = handover({ ...valid, ...change });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
      expect(r.ok && r.result.explanation.en).toContain(text);
    }
  });

  it('all five failing are counted and listed in Chinese', () => {
    const r = handover({
      signedByOutgoing: false,
      signedByIncoming: false,
      itemsChecked: false,
      anomaliesRecorded: false,
      importantWorkOpen: true,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 5 } } });
    expect(r.ok && r.result.explanation.zh).toContain('5项条件中5项未满足');
  });

  it('no anomaly found means nothing to record', () => {
    expect(handover({ ...valid, anomaliesRecorded: false, anomaliesFound: false })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('rejects a non-boolean fact, naming it', () => {
    expect(evaluate('P08.handover', { ...valid, itemsChecked: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['itemsChecked'] }] },
    });
  });

  it('the rule has no parameters: an override is a configuration error', () => {
    const config = { rules: { 'P08.handover': { conditions: 4 } } };
    expect(handover(valid, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P08.handover'] }] },
    });
  });
});
