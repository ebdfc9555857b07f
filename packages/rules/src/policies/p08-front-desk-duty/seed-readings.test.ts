import { describe, expect, it } from 'vitest';
import { handover } from './handover.js';
import { phoneAnswer } from './phone-answer.js';

// Seed 4.1(5) (line 196): 電話鈴響三聲內必須接聽電話 — the desk has until the 3rd ring to answer.
describe('P08.phone-answer — 4.1(5) 電話鈴響三聲內必須接聽', () => {
  it('4.1(5): a caller who hangs up on the 2nd ring, before the three rings ran out, is no breach of the desk', () => {
    const r = phoneAnswer({ rings: 2, answered: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'not-applicable' } });
    expect(r.ok && r.result.explanation.en).toContain('hung up');
    expect(r.ok && r.result.explanation.zh).toContain('挂断');
  });

  it('4.1(5): unanswered through the 3rd ring is breached (three rings inclusive)', () => {
    expect(phoneAnswer({ rings: 3, answered: false })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(phoneAnswer({ rings: 0, answered: false })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('4.1(5): the ring limit comes from the parameter', () => {
    const config = { rules: { 'P08.phone-answer': { maxRings: 5 } } };
    expect(phoneAnswer({ rings: 4, answered: false }, { config })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
    expect(phoneAnswer({ rings: 5, answered: false }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});

// Seed 4.7 4) (line 210): 檢查區域內有無異常情況，發現有異常則要求交班人員做出說明，并做好記錄。
describe('P08.handover — 4.7 4) 發現有異常…并做好記錄', () => {
  it('4.7 4): with no anomaly found the met explanation does not claim anomalies were recorded', () => {
    const r = handover({
      signedByOutgoing: true,
      signedByIncoming: true,
      itemsChecked: true,
      anomaliesRecorded: false,
      anomaliesFound: false,
      importantWorkOpen: false,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(r.ok && r.result.explanation.en).not.toContain('anomalies recorded');
    expect(r.ok && r.result.explanation.en).toContain('no anomaly found');
    expect(r.ok && r.result.explanation.zh).not.toContain('异常已记录');
    expect(r.ok && r.result.explanation.zh).toContain('未发现异常');
  });
});
