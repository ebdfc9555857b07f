import { describe, expect, it } from 'vitest';
import { records } from './records.js';

// Seed 5.1–5.3 (lines 226–228): 《值班日志》《交接班記錄》《特約服務/維修工作單》.
// #18: P08.log-integrity and P08.handover judged what the records say; that each exists — a duty log per day,
// a handover record per handover, a job sheet per job — was not checked (as P01.records does for P01).
const date = '2026-03-02';

describe('P08.records (5.1–5.3, seed lines 226–228)', () => {
  it.each([
    ['5.1 line 226: the day has its duty log, nothing else owed: met', { dutyLog: true }, 'met'],
    ['5.1 line 226: no duty log for the day: breached', { dutyLog: false }, 'breached'],
    ['5.2 line 227: a record for each of 3 handovers: met', { dutyLog: true, handovers: 3, handoverRecords: 3 }, 'met'],
    ['5.2 line 227: 3 handovers, 2 records: breached', { dutyLog: true, handovers: 3, handoverRecords: 2 }, 'breached'],
    ['5.3 line 228: a job sheet for each of 4 jobs: met', { dutyLog: true, jobs: 4, jobSheets: 4 }, 'met'],
    ['5.3 line 228: 4 jobs, 3 job sheets: breached', { dutyLog: true, jobs: 4, jobSheets: 3 }, 'breached'],
  ] as const)('%s', (_, facts, status) => {
    expect(records({ date, ...facts })).toMatchObject({ ok: true, result: { status } });
  });

  it('5.1–5.3: every missing record is named, and the count is of records present against owed', () => {
    const r = records({ date, dutyLog: false, handovers: 2, handoverRecords: 1, jobs: 3, jobSheets: 1 });
    expect(r).toMatchObject({
      ok: true,
      result: {
        status: 'breached',
        measured: { value: 2, unit: 'item' },
        target: { value: 6, unit: 'item', comparator: '=' },
      },
    });
    const zh = r.ok ? r.result.explanation.zh : '';
    expect(zh).toContain('当日无《值班日志》');
    expect(zh).toContain('2次交接班中1次无《交接班记录》');
    expect(zh).toContain('3项工作中2项无《特约服务/维修工作单》');
  });

  it('more records than handovers or jobs is a bad fact naming the field', () => {
    expect(records({ date, dutyLog: true, handovers: 1, handoverRecords: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['handoverRecords'] }] },
    });
    expect(records({ date, dutyLog: true, jobs: 0, jobSheets: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['jobSheets'] }] },
    });
    expect(records({ date } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['dutyLog'] }] },
    });
  });
});
