import { describe, expect, it } from 'vitest';
import { monthlyCallback } from './monthly-callback.js';

// Seed 4.14 (line 222): 每月對業戶進行例行回訪并將回訪結果進行分析、匯總報客服組負責人。
const month = '2026-11';

describe('P08.monthly-callback (4.14)', () => {
  it('callbacks made and the summary in by the end of the month is met (inclusive)', () => {
    expect(monthlyCallback({ month, calls: 1, summaryAt: '2026-11-30T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-30T23:59:59.999+08:00',
        measured: { value: 1, unit: 'count' },
        target: { value: 1, comparator: '>=' },
      },
    });
  });

  it('a summary 1 ms into the next month is breached', () => {
    const r = monthlyCallback({ month, calls: 40, summaryAt: '2026-12-01T00:00:00+08:00' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('P08 prescribes no penalty');
  });

  it('no callbacks in a finished month is breached even with a summary', () => {
    const r = monthlyCallback(
      { month, calls: 0, summaryAt: '2026-11-30T18:00:00+08:00' },
      { asOf: '2026-12-01T00:00:00+08:00' },
    );
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0 } } });
    expect(r.ok && r.result.explanation.zh).toContain('回访0次（至少1次：违规）');
  });

  it('during the month: pending, then at-risk past 75% of it', () => {
    const at = (asOf: string) => monthlyCallback({ month, calls: 0 }, { asOf });
    expect(at('2026-11-20T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-25T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-12-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('an organisation can set a minimum and move the summary into the next month', () => {
    const config = { rules: { 'P08.monthly-callback': { minCalls: 50, summaryDay: 5, summaryMonthsAfter: 1 } } };
    const summaryAt = '2026-12-05T23:59:59.999+08:00';
    expect(monthlyCallback({ month, calls: 50, summaryAt }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: summaryAt },
    });
    expect(monthlyCallback({ month, calls: 49, summaryAt }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
    expect(
      monthlyCallback({ month, calls: 49, summaryAt }, { config, asOf: '2026-12-06T00:00:00+08:00' }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('rejects a summary before the month and a negative count, naming the field', () => {
    expect(monthlyCallback({ month, calls: 3, summaryAt: '2026-10-31T12:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['summaryAt'] }] },
    });
    expect(monthlyCallback({ month, calls: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['calls'] }] },
    });
  });
});
