import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { originalRecords } from './original-records.js';

// Seed 職責 2 (line 263): 負責及時解答和處理客戶來電、來訪及投訴事件，做好原始記錄 — the visits' and complaints'
// original records, kept and handed in as the call log is; 及時 has no number (#18, param).
const date = '2026-03-02';
const config = { rules: { 'P10.original-records': { within: 'P1D' } } };

describe('P10.original-records (職責 2, seed line 263)', () => {
  it('P10 職責 2: unconfigured, the rule answers not-configured naming within (no invented limit for 及時)', () => {
    expect(originalRecords({ date, submittedAt: '2026-03-03T09:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P10.original-records', 'within'] }] },
    });
  });

  it.each([
    ['2026-03-03T23:59:59+08:00', 'met'],
    ['2026-03-04T00:00:00+08:00', 'met'],
    ['2026-03-04T00:00:01+08:00', 'breached'],
  ] as const)('P10 職責 2: with P1D after the day ends, handed in at %s is %s', (submittedAt, status) => {
    expect(originalRecords({ date, submittedAt }, { config })).toMatchObject({ ok: true, result: { status } });
  });

  it('P10 職責 2: none handed in yet is pending within the limit, breached past it', () => {
    expect(originalRecords({ date, asOf: '2026-03-03T12:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'pending' },
    });
    expect(originalRecords({ date, asOf: '2026-03-05T00:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('P10 職責 2: on time but lacking the complaints’ record (做好原始記錄) is breached, fined under (五)1', () => {
    const out = originalRecords(
      { date, submittedAt: '2026-03-03T09:00:00+08:00', recordsLacking: ['complaint-record'] },
      { config },
    );
    expect(out).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(out.ok && out.result.explanation.en).toContain("the complaints' original record kept and handed in");
    expect(out.ok && out.result.explanation.en).toContain('P10.repeat-violation');
  });

  it('P10 職責 2: a record name outside the two is refused, naming recordsLacking', () => {
    expect(
      evaluate(
        'P10.original-records',
        { date, submittedAt: '2026-03-03T09:00:00+08:00', recordsLacking: ['handover-record'] },
        { config },
      ),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['recordsLacking', 0] }] } });
  });
});
