import { describe, expect, it } from 'vitest';
import { dutyRecordReview } from './duty-record-review.js';

// Seed 值班記錄 1 (line 7): 客戶主管每月查閱值班記錄表，并簽字確認。
// Seed 值班記錄 2 (line 8): 主任每月不定期對值班記錄抽查不少于20%。并簽字確認。
const base = { month: '2026-11', recordsTotal: 100, supervisorSignedAt: '2026-11-30T18:00:00+08:00' };

describe('P01.duty-record-review (值班記錄 1,2)', () => {
  it('exactly 20% spot-checked and signed within the month is met', () => {
    expect(dutyRecordReview({ ...base, recordsSpotChecked: 20 })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-30T23:59:59.999+08:00',
        measured: { value: 0.2, unit: 'ratio' },
        target: { value: 0.2, comparator: '>=' },
      },
    });
  });

  it('19% spot-checked is breached once the month is over', () => {
    const r = dutyRecordReview({ ...base, recordsSpotChecked: 19 });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.19 } } });
    expect(r.ok && r.result.explanation.en).toContain('19 of 100 records (19%; at least 20% required)');
    expect(r.ok && r.result.explanation.zh).toContain('要求不少于20%');
  });

  it('signed at 23:59:59.999 on the last day is met; at midnight it is late', () => {
    const late = { ...base, recordsSpotChecked: 20, supervisorSignedAt: '2026-12-01T00:00:00+08:00' };
    expect(
      dutyRecordReview({ ...base, recordsSpotChecked: 20, supervisorSignedAt: '2026-11-30T23:59:59.999+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
    const r = dutyRecordReview(late);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('signed late');
  });

  it('not signed: pending, at-risk after 75% of the month, breached after it', () => {
    const open = { month: '2026-11', recordsTotal: 100, recordsSpotChecked: 5 };
    const at = (asOf: string) => dutyRecordReview({ ...open, asOf });
    expect(at('2026-11-10T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-25T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-30T23:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-12-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('signed on time but short of the spot check while the month is open is pending', () => {
    const r = dutyRecordReview({
      ...base,
      supervisorSignedAt: '2026-11-05T10:00:00+08:00',
      recordsSpotChecked: 10,
      asOf: '2026-11-06T00:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'pending' } });
  });

  it('a month without duty records is not applicable', () => {
    expect(dutyRecordReview({ month: '2026-11', recordsTotal: 0, recordsSpotChecked: 0 })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects more spot checks than records, and a signature before the month, naming the field', () => {
    expect(dutyRecordReview({ ...base, recordsSpotChecked: 101 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['recordsSpotChecked'] }] },
    });
    expect(
      dutyRecordReview({ ...base, recordsSpotChecked: 20, supervisorSignedAt: '2026-10-31T23:00:00+08:00' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['supervisorSignedAt'] }] } });
  });

  it('not signed and no asOf is a typed error naming asOf', () => {
    expect(dutyRecordReview({ month: '2026-11', recordsTotal: 10, recordsSpotChecked: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });

  it('an organisation can ask for 30% and give until the 5th of the next month', () => {
    const config = { rules: { 'P01.duty-record-review': { spotCheckMinShare: 0.3, dueDay: 5, dueMonthsAfter: 1 } } };
    const r = dutyRecordReview(
      { ...base, recordsSpotChecked: 29, supervisorSignedAt: '2026-12-05T12:00:00+08:00' },
      { config },
    );
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-12-05T23:59:59.999+08:00', target: { value: 0.3 } },
    });
    expect(
      dutyRecordReview(
        { ...base, recordsSpotChecked: 30, supervisorSignedAt: '2026-12-05T12:00:00+08:00' },
        { config },
      ),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
  });
});
