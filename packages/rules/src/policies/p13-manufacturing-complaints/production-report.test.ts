import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { productionReport } from './production-report.js';

// Seed 第七條(四) (lines 422–424): 制造部門…2、提報生產單位、機班別、生產人員，及生產日期。
const report = {
  productionUnit: '二廠沖壓課',
  machineShift: '3號機 夜班',
  operator: '李四',
  productionDate: '2026-03-20',
};

describe('P13.production-report (第七條(四))', () => {
  it('all four items named is met (4 of 4)', () => {
    expect(productionReport(report)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P13 第七條(四)', measured: { value: 4, unit: 'item' }, target: { value: 4 } },
    });
  });

  it('reproduction (#18 item 3): a report without the machine and shift (3 of 4) is breached and names it', () => {
    const { machineShift: _, ...rest } = report;
    const r = productionReport(rest);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 3 } } });
    expect(r.ok && r.result.explanation.zh).toContain('缺少：机班别');
  });

  it('blank counts as missing; nothing named is 0 of 4', () => {
    expect(productionReport({ ...report, operator: ' ' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 3 } },
    });
    expect(productionReport({})).toMatchObject({ ok: true, result: { measured: { value: 0 } } });
  });

  it('rejects a non-text item with the field named; no parameters', () => {
    expect(evaluate('P13.production-report', { ...report, productionDate: 20260320 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['productionDate'] }] },
    });
    const config = { rules: { 'P13.production-report': { items: 3 } } };
    expect(evaluate('P13.production-report', report, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config' },
    });
  });
});
