import { describe, expect, it } from 'vitest';
import { surveyIssue } from './survey-issue.js';

// Seed 走訪 3 (line 19): 每年6月、12月前發放問卷調查，發放率是入住率的100%。
// Reading (catalogue Ambiguities 8): by the end of June and by the end of December.
const full = { occupiedHouseholds: 500, issued: 500 };

describe('P01.survey-issue (走訪 3)', () => {
  it('H1 issued to every occupied household by 06-30 23:59:59.999 is met', () => {
    expect(surveyIssue({ ...full, half: '2026-H1', issuedAt: '2026-06-30T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-06-30T23:59:59.999+08:00',
        measured: { value: 1, unit: 'ratio' },
        target: { value: 1, comparator: '>=' },
      },
    });
  });

  it('H1 issued on 07-01 is late', () => {
    const r = surveyIssue({ ...full, half: '2026-H1', issuedAt: '2026-07-01T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('issued late');
  });

  it('H2 is due by 12-31; the year may come as a separate field', () => {
    expect(surveyIssue({ ...full, half: 'H2', year: 2026, issuedAt: '2026-12-31T20:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-12-31T23:59:59.999+08:00' },
    });
    expect(surveyIssue({ ...full, half: 'H2', year: 2026, issuedAt: '2027-01-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('one household short of 100% is breached even on time', () => {
    const r = surveyIssue({
      half: '2026-H1',
      occupiedHouseholds: 500,
      issued: 499,
      issuedAt: '2026-06-10T10:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.998 } } });
    expect(r.ok && r.result.explanation.zh).toContain('发放率99.8%，要求100%即500份');
  });

  it('not issued yet: pending, at-risk late in the half, breached after the due day', () => {
    const at = (asOf: string) => surveyIssue({ ...full, half: '2026-H1', asOf });
    expect(at('2026-03-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-06-15T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-07-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('no occupied households is not applicable', () => {
    expect(surveyIssue({ half: '2026-H2', occupiedHouseholds: 0, issued: 0 })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects a half without a year, a contradicting year, and an issue before the half, naming the field', () => {
    expect(surveyIssue({ ...full, half: 'H1', issuedAt: '2026-06-01T00:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['year'] }] },
    });
    expect(surveyIssue({ ...full, half: '2026-H1', year: 2025 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['year'] }] },
    });
    expect(surveyIssue({ ...full, half: '2026-H2', issuedAt: '2026-06-30T10:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['issuedAt'] }] },
    });
    expect(surveyIssue({ ...full, half: '2026-H3' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['half'] }] },
    });
  });

  it('an organisation may read 6月前 as "before June": due by the end of May', () => {
    const config = { rules: { 'P01.survey-issue': { h1DueMonth: 5 } } };
    expect(surveyIssue({ ...full, half: '2026-H1', issuedAt: '2026-06-01T09:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', dueAt: '2026-05-31T23:59:59.999+08:00' },
    });
  });
});
