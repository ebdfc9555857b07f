import { describe, expect, it } from 'vitest';
import { investigationReport } from './investigation-report.js';

// Seed 第九條(二) (line 431): 由質量管理部或有關人員于調查處理后三天內提出報告，上報總經理批示。
const handledAt = '2026-11-27T15:00:00+08:00';

describe('P13.investigation-report (第九條(二))', () => {
  it('due at the end of the 3rd calendar day; the last millisecond is on time, the next is late', () => {
    expect(investigationReport({ handledAt, reportedAt: '2026-11-30T23:59:59.999+08:00' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        dueAt: '2026-11-30T23:59:59.999+08:00',
        measured: { value: 3, unit: 'day' },
        target: { value: 3, comparator: '<=' },
      },
    });
    expect(investigationReport({ handledAt, reportedAt: '2026-12-01T00:00:00+08:00' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 4 } },
    });
  });

  it('pending, then at risk, then breached while not reported', () => {
    const at = (asOf: string) => investigationReport({ handledAt, asOf });
    expect(at('2026-11-28T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'pending' } });
    expect(at('2026-11-30T12:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-11-30T23:59:59.999+08:00')).toMatchObject({ ok: true, result: { status: 'at-risk' } });
    expect(at('2026-12-01T00:00:00+08:00')).toMatchObject({ ok: true, result: { status: 'breached' } });
  });

  it('a report before the handling is a bad fact; an open report without asOf names asOf', () => {
    expect(investigationReport({ handledAt, reportedAt: '2026-11-27T14:00:00+08:00' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['reportedAt'] }] },
    });
    expect(investigationReport({ handledAt })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['asOf'] }] },
    });
  });

  it('an organisation can allow 5 days', () => {
    const config = { rules: { 'P13.investigation-report': { days: 5 } } };
    expect(investigationReport({ handledAt, reportedAt: '2026-12-02T10:00:00+08:00' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', dueAt: '2026-12-02T23:59:59.999+08:00' },
    });
  });
});
