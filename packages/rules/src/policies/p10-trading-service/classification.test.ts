import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { classification } from './classification.js';

// Seed 保密(一) (lines 338–341): 1、客戶與公司的加盟合同; 客戶發展跟蹤記錄; 客戶資料，屬于公司絕密 … 2、接訪來電來訪記錄，交接記錄，
// 工作日記簿，屬于公司機密 … 3、柜員權限所涉及的內容屬公司機密 … 4、客戶調查分析資料，屬于公司機密。 (二) (lines 343–347): who keeps them.
describe('P10.classification (保密(一))', () => {
  it.each([
    ['franchise-contract', 'top-secret', 1, 'principal-office'],
    ['customer-development-record', 'top-secret', 1, 'responsible-person'],
    ['customer-data', 'top-secret', 1, 'principal-office'],
    ['call-visit-log', 'secret', 2, 'principal-office'],
    ['handover-log', 'secret', 2, 'principal-office'],
    ['work-diary', 'secret', 2, 'principal-office'],
    ['teller-permissions', 'secret', 3, 'staff-member'],
    ['survey-analysis', 'secret', 4, 'principal-office'],
  ] as const)('%s is %s (item %i), kept by %s', (recordType, level, item, keptBy) => {
    const r = classification({ recordType });
    expect(r).toMatchObject({ ok: true, result: { value: { level, item, keptBy } } });
    expect(r.ok && r.result.explanation.zh).toContain(level === 'top-secret' ? '绝密' : '机密');
  });

  it('a record the seed does not list is unclassified', () => {
    expect(classification({ recordType: 'other' })).toMatchObject({
      ok: true,
      result: { value: { level: 'unclassified', item: null, keptBy: 'none' } },
    });
  });

  it('rejects an unknown record type with the field named', () => {
    expect(evaluate('P10.classification', { recordType: 'menu' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['recordType'] }] },
    });
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P10.classification': { level: 'secret' } } };
    expect(evaluate('P10.classification', { recordType: 'other' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.classification'] }] },
    });
  });
});
