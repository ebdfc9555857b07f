import { describe, expect, it } from 'vitest';
import { hotlineRecord } from './hotline-record.js';

// Seed 三 (line 139): 負責公司服務熱線電話的值守，并收集掌握熱線電話的所有記錄，記錄報修情況和服務質量。
// #18: the duty was classified (P05.duty-of); that every hotline call is recorded was not checked.
describe('P05.hotline-record (三)', () => {
  it('reproduction #18: a hotline call without a record is breached; recorded, met', () => {
    const r = hotlineRecord({ recorded: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('来电未记录');
    expect(hotlineRecord({ recorded: true })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a repair call recorded without its repair noted is breached; noted, met', () => {
    expect(hotlineRecord({ recorded: true, repair: true, repairNoted: false })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    expect(hotlineRecord({ recorded: true, repair: true, repairNoted: true })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('rejects a missing record flag, naming the field', () => {
    expect(hotlineRecord({} as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['recorded'] }] },
    });
  });
});
