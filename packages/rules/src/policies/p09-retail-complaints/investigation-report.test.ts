import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { investigationReport } from './investigation-report.js';

// Seed 第十七條 (line 247): 調查報告內容包括發生原因、具體經過、具體責任者、結論、對策和防范措施。
const report = {
  cause: '出貨前未抽檢',
  course: '4月2日發貨，4月3日客戶發現破損',
  responsible: '倉儲組 張三',
  conclusion: '投訴成立',
  countermeasures: '換貨',
  prevention: '出貨前逐箱抽檢',
};

describe('P09.investigation-report (第十七條)', () => {
  it('a report giving all six items is met (6 of 6)', () => {
    expect(investigationReport(report)).toMatchObject({
      ok: true,
      result: { status: 'met', clause: 'P09 第十七條', measured: { value: 6, unit: 'item' }, target: { value: 6 } },
    });
  });

  it('reproduction (#18 item 4): a report without prevention (5 of 6) is breached and names it', () => {
    const { prevention: _, ...rest } = report;
    const r = investigationReport(rest);
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 5 } } });
    expect(r.ok && r.result.explanation.en).toContain('missing: prevention');
    expect(r.ok && r.result.explanation.zh).toContain('缺少：防范措施');
  });

  it('a blank item counts as missing; an empty report gives nothing (0 of 6)', () => {
    expect(investigationReport({ ...report, responsible: ' ' })).toMatchObject({
      ok: true,
      result: { status: 'breached', measured: { value: 5 } },
    });
    expect(investigationReport({})).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 0 } } });
  });

  it('rejects a non-text item and an unknown fact with the field named', () => {
    expect(evaluate('P09.investigation-report', { ...report, cause: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['cause'] }] },
    });
    expect(evaluate('P09.investigation-report', { ...report, mood: 'calm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts' },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.investigation-report': { items: 5 } } };
    expect(evaluate('P09.investigation-report', report, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.investigation-report'] }] },
    });
  });
});
