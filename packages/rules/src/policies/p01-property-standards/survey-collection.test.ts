import { describe, expect, it } from 'vitest';
import { surveyCollection } from './survey-collection.js';

// Seed 走訪 4 (line 20): 發放后15個工作日后收回問卷調查，回收率不少于發放率的50%。
// Issued Monday 2026-11-02: the 15th working day after it is Monday 2026-11-23 (no holiday in between).
const issuedAt = '2026-11-02T10:00:00+08:00';

describe('P01.survey-collection (走訪 4)', () => {
  it('exactly 50% returned, collected on the 15th working day, is met', () => {
    const r = surveyCollection({ issuedAt, issued: 100, returned: 50, collectedAt: '2026-11-23T23:59:59.999+08:00' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-23T23:59:59.999+08:00',
        measured: { value: 0.5, unit: 'ratio' },
        target: { value: 0.5, comparator: '>=' },
      },
    });
    expect(r.ok && r.result.explanation.en).toContain(
      'read as: collected within 15 working day(s), by the end of 2026-11-23',
    );
  });

  it('49% returned is breached', () => {
    const r = surveyCollection({ issuedAt, issued: 100, returned: 49, collectedAt: '2026-11-20T10:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0.49 } } });
    expect(r.ok && r.result.explanation.zh).toContain('回收率49%，要求不少于50%即50份');
  });

  it('collected one day after the 15th working day is breached', () => {
    const r = surveyCollection({ issuedAt, issued: 100, returned: 80, collectedAt: '2026-11-24T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('skips National Day: issued 09-30, due the end of 10-27 (make-up Saturday 10-10 counts)', () => {
    const r = surveyCollection({
      issuedAt: '2026-09-30T10:00:00+08:00',
      issued: 10,
      returned: 5,
      asOf: '2026-10-08T09:00:00+08:00',
    });
    expect(r).toMatchObject({ ok: true, result: { status: 'pending', dueAt: '2026-10-27T23:59:59.999+08:00' } });
    expect(r.ok && r.result.explanation.en).toContain('skipped 7 day(s) of National Day');
    expect(r.ok && r.result.explanation.zh).toContain('国庆节7天');
  });

  it('not collected: pending, at-risk past 75% of the window, breached after the due time', () => {
    const at = (asOf: string) => surveyCollection({ issuedAt, issued: 100, returned: 30, asOf });
    expect(at('2026-11-10T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-22T10:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-24T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('nothing issued is not applicable', () => {
    expect(surveyCollection({ issuedAt, issued: 0, returned: 0 })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it('rejects more returned than issued, and a collection before the issue, naming the field', () => {
    expect(surveyCollection({ issuedAt, issued: 10, returned: 11 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['returned'] }] },
    });
    expect(
      surveyCollection({ issuedAt, issued: 10, returned: 5, collectedAt: '2026-11-01T10:00:00+08:00' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['collectedAt'] }] } });
  });

  it('an organisation can give 10 working days and ask for 60%', () => {
    const config = { rules: { 'P01.survey-collection': { workingDays: 10, minReturnShare: 0.6 } } };
    const r = surveyCollection(
      { issuedAt, issued: 100, returned: 60, collectedAt: '2026-11-16T18:00:00+08:00' },
      { config },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'met', dueAt: '2026-11-16T23:59:59.999+08:00' } });
  });
});
