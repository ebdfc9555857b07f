import { describe, expect, it } from 'vitest';
import { callLog } from './call-log.js';

// Seed P10 保密(二)3 (line 345): 來訪、來電記錄，交接記錄，工作日記簿，于每日例會后提交公司責任人辦公室 —
// the visit and handover records go in every day with the log (#18).
const callDate = '2026-11-27';
const onTime = '2026-11-28T10:00:00+08:00';

describe('P10.call-log: the visit and handover records go in with the day’s log (保密(二)3, line 345)', () => {
  it('handed in on time without the visit record is breached under 保密(二)3; with both records it is met', () => {
    const r = callLog({ callDate, submittedAt: onTime, recordsLacking: ['visit-record'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('保密(二)3 also requires: the visit record');
    expect(r.ok && r.result.explanation.zh).toContain('来访记录随当日日志提交');
    expect(callLog({ callDate, submittedAt: onTime, recordsLacking: [] })).toMatchObject({
      result: { status: 'met' },
    });
    // A line that says nothing about the other records keeps the verdict it had before #18.
    expect(callLog({ callDate, submittedAt: onTime })).toMatchObject({ result: { status: 'met' } });
  });

  it('both records and an incomplete entry missing cite (二) and 保密(二)3 together, each item once', () => {
    const r = callLog({
      callDate,
      submittedAt: onTime,
      incompleteEntries: ['K-3'],
      recordsLacking: ['handover-record', 'handover-record'],
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    const en = r.ok ? r.result.explanation.en : '';
    expect(en).toContain('(二) / 保密(二)3 also requires');
    expect(en.split('the handover record').length - 1).toBe(1);
  });

  it('not yet handed in is judged on time alone (pending the next morning, breached once the next day is over)', () => {
    expect(callLog({ callDate, recordsLacking: ['visit-record'], asOf: '2026-11-28T09:00:00+08:00' })).toMatchObject({
      result: { status: 'pending' },
    });
    expect(callLog({ callDate, recordsLacking: ['visit-record'], asOf: '2026-11-29T00:01:00+08:00' })).toMatchObject({
      result: { status: 'breached' },
    });
  });

  it('an unknown record is refused, naming the field', () => {
    expect(callLog({ callDate, submittedAt: onTime, recordsLacking: ['diary'] } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['recordsLacking', 0] }] },
    });
  });
});
