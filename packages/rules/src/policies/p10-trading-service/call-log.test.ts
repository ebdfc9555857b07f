import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { callLog } from './call-log.js';

// Seed (二)操作程序 (lines 294–295): 將來電內容，解決方式，客戶資料登記記錄，日記簿次日提交公司責任人辦公室。
const callDate = '2026-11-27';

describe('P10.call-log ((二))', () => {
  it('due by the end of the next day: then met, 1 ms later breached', () => {
    expect(callLog({ callDate, submittedAt: '2026-11-28T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-28T23:59:59.999+08:00', clause: 'P10 (二)' },
    });
    const late = callLog({ callDate, submittedAt: '2026-11-29T00:00:00+08:00' });
    expect(late).toMatchObject({ ok: true, result: { status: 'breached' } });
    // The consequence: a breach of the service rules, fined under (五)1.
    expect(late.ok && late.result.explanation.en).toContain('fined under (五)1 (P10.repeat-violation)');
    expect(late.ok && late.result.explanation.zh).toContain('按(五)1处罚');
  });

  it('open: pending, at-risk past 75% of the two days, breached after', () => {
    const open = (asOf: string) => callLog({ callDate, asOf });
    // Window 27 Nov 00:00 … 28 Nov 23:59:59.999: 75% falls 0.75 ms before 28 Nov 12:00.
    expect(open('2026-11-28T11:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(open('2026-11-28T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(open('2026-11-29T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('the same day counts as on time; a log before the call day is rejected', () => {
    expect(callLog({ callDate, submittedAt: '2026-11-27T18:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(callLog({ callDate, submittedAt: '2026-11-26T23:59:59+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['submittedAt'] }] },
    });
  });

  it('rejects a malformed call date with the field named', () => {
    expect(evaluate('P10.call-log', { callDate: '2026-02-30', asOf: '2026-03-01T00:00:00Z' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['callDate'] }] },
    });
  });

  it('an organisation can allow 2 days', () => {
    const config = { rules: { 'P10.call-log': { days: 2 } } };
    expect(evaluate('P10.call-log', { callDate, submittedAt: '2026-11-29T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-11-29T23:59:59.999+08:00' },
    });
  });
});
