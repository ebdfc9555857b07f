import { describe, expect, it } from 'vitest';
import { customerWork } from './customer-work.js';
import { visitRounds } from './visit-rounds.js';

// Seed 職責 5 (line 266): 負責組織客戶的培訓和走訪重要客戶工作。
// Seed (三)走訪 (line 323): ※定期巡回走訪客戶。…寫出調查分析報告。
const previousAt = '2026-10-01T10:00:00+08:00';
const work = { rules: { 'P10.customer-work': { trainingEvery: 'P92D', visitEvery: 'P30D' } } };
const rounds = { rules: { 'P10.visit-rounds': { every: 'P30D' } } };

describe('P10.customer-work (職責 5, line 266)', () => {
  it('unconfigured: not-configured, naming the period of the activity', () => {
    expect(
      customerWork({ activity: 'key-customer-visit', previousAt, doneAt: '2026-10-20T10:00:00+08:00' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-configured', issues: [{ path: ['config', 'rules', 'P10.customer-work', 'visitEvery'] }] },
    });
  });

  it('a visit at the period is met, 1 ms later breached; training has its own period', () => {
    const visit = (doneAt: string) =>
      customerWork({ activity: 'key-customer-visit', previousAt, doneAt }, { config: work });
    expect(visit('2026-10-31T10:00:00+08:00')).toMatchObject({ result: { status: 'met' } });
    const late = visit('2026-10-31T10:00:00.001+08:00');
    expect(late).toMatchObject({ result: { status: 'breached' } });
    expect(late.ok && late.result.explanation.zh).toContain('(五)1');
    expect(
      customerWork({ activity: 'training', previousAt, doneAt: '2026-12-01T10:00:00+08:00' }, { config: work }),
    ).toMatchObject({ result: { status: 'met' } });
  });
});

describe('P10.visit-rounds ((三)走訪, line 323)', () => {
  it('unconfigured: not-configured (定期)', () => {
    expect(visitRounds({ previousAt, doneAt: '2026-10-20T10:00:00+08:00', reportWritten: true })).toMatchObject({
      ok: false,
      error: { code: 'not-configured' },
    });
  });

  it('a round within the period with its report is met; without the report, or late, it is breached', () => {
    const f = { previousAt, doneAt: '2026-10-31T10:00:00+08:00', reportWritten: true };
    expect(visitRounds(f, { config: rounds })).toMatchObject({ result: { status: 'met' } });
    const noReport = visitRounds({ ...f, reportWritten: false }, { config: rounds });
    expect(noReport).toMatchObject({ result: { status: 'breached' } });
    expect(noReport.ok && noReport.result.explanation.zh).toContain('调查分析报告');
    expect(visitRounds({ ...f, doneAt: '2026-11-01T10:00:00+08:00' }, { config: rounds })).toMatchObject({
      result: { status: 'breached' },
    });
  });
});
