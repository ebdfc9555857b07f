import { describe, expect, it } from 'vitest';
import { handover } from './handover.js';

// Seed 4.7 3) (line 209): 認真查閱上一班值班記錄…如有需要繼續跟進的工作，應記錄以便跟進。
// 4.7 7) (line 213): 將需跟進工作如實向接班人員交待清楚。 4.7 8) (line 214): 互相簽字后，方可離崗。
const valid = {
  signedByOutgoing: true,
  signedByIncoming: true,
  itemsChecked: true,
  anomaliesRecorded: true,
  importantWorkOpen: false,
};
const bothSignedAt = '2026-11-27T15:02:00+08:00';

describe('P08.handover: 4.7 3), 7), 8) (#18)', () => {
  it('a record giving all of them, each kept, is met', () => {
    const r = handover({
      ...valid,
      previousRecordRead: true,
      followUpsLogged: true,
      followUpsHandedOver: true,
      bothSignedAt,
      outgoingLeftAt: bothSignedAt,
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('each one failing breaches the handover, named, counted among the conditions the record gives', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ previousRecordRead: false }, "the previous shift's record was not read"],
      [{ followUpsLogged: false }, 'work to follow up was not written down'],
      [{ followUpsHandedOver: false }, 'work to follow up was not handed over'],
      [{ bothSignedAt, outgoingLeftAt: '2026-11-27T15:01:59.999+08:00' }, 'left before both had signed'],
    ];
    for (const [change, text] of cases) {
      const r = handover({ ...valid, ...change });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 } } });
      expect(r.ok && r.result.explanation.en).toContain(text);
      expect(r.ok && r.result.explanation.en).toContain('1 of 6 conditions');
    }
  });

  it('a record that says nothing of them is judged on the five conditions as before', () => {
    const r = handover({ ...valid, signedByIncoming: false });
    expect(r.ok && r.result.explanation.en).toContain('1 of 5 conditions');
    // Only the leaving time, without the signing time, cannot be judged: not a condition.
    expect(handover({ ...valid, outgoingLeftAt: bothSignedAt })).toMatchObject({ result: { status: 'met' } });
  });

  it('rejects a leaving time that is not an instant, naming the field', () => {
    expect(handover({ ...valid, bothSignedAt, outgoingLeftAt: '15:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['outgoingLeftAt'] }] },
    });
  });
});
