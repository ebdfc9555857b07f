import { describe, expect, it } from 'vitest';
import { callLog } from './call-log.js';

// Seed (二)操作程序 (lines 294–295): 將來電內容，解決方式，客戶資料登記記錄 — each entry's content (#18).
const callDate = '2026-11-27';
const onTime = '2026-11-28T10:00:00+08:00';

describe('P10.call-log: the entries carry content, resolution and customer details (lines 294–295)', () => {
  it('handed in on time with an incomplete entry is breached, naming it; with none it is met', () => {
    const r = callLog({ callDate, submittedAt: onTime, incompleteEntries: ['K-3'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('1条缺：K-3');
    expect(r.ok && r.result.explanation.en).toContain('fined under (五)1');
    expect(callLog({ callDate, submittedAt: onTime, incompleteEntries: [] })).toMatchObject({
      result: { status: 'met' },
    });
  });

  it('not yet handed in is judged on time alone; an empty entry id is refused, naming the field', () => {
    expect(callLog({ callDate, incompleteEntries: ['K-3'], asOf: '2026-11-28T09:00:00+08:00' })).toMatchObject({
      result: { status: 'pending' },
    });
    expect(callLog({ callDate, submittedAt: onTime, incompleteEntries: [''] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['incompleteEntries', 0] }] },
    });
  });
});
