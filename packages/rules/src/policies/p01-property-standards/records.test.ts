import { describe, expect, it } from 'vitest';
import { DAILY_FORMS, MONTHLY_FORMS, YEARLY_FORMS } from './record-forms.js';
import { records } from './records.js';

// Seed 質量記錄 (lines 39–49): 1、日常記錄 (line 40, fifteen forms) 2、月度記錄 (line 42) 3、年度記錄 (line 44)
// 4、要求: 內容完整有效。
describe('P01.records (質量記錄)', () => {
  it('the seed lists 15 daily forms (the catalogue says 14), 2 monthly, 2 yearly', () => {
    expect(DAILY_FORMS).toHaveLength(15);
    expect(MONTHLY_FORMS).toHaveLength(2);
    expect(YEARLY_FORMS).toHaveLength(2);
  });

  it('all 15 daily forms present is met; 14 of them is breached, naming the missing one', () => {
    expect(records({ period: 'day', present: [...DAILY_FORMS] })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 15, unit: 'item' }, target: { value: 15, comparator: '=' } },
    });
    const r = records({ period: 'day', present: DAILY_FORMS.filter((f) => f !== '值班記錄表') });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 14 } } });
    expect(r.ok && r.result.explanation.en).toContain('missing 《值班記錄表》');
    expect(r.ok && r.result.explanation.zh).toContain('缺少《值班记录表》');
  });

  it('names match with brackets, in simplified script, and with the seed slip 施工許可正', () => {
    const r = records({ period: 'month', present: ['《培训计划表》', '部门客户投诉工作月报'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'met' } });
    const slip = DAILY_FORMS.map((f) => (f === '施工許可證' ? '施工許可正' : f));
    expect(records({ period: 'day', present: slip })).toMatchObject({ ok: true, result: { status: 'met' } });
  });

  it('a form present but incomplete breaches (內容完整有效)', () => {
    const r = records({ period: 'year', present: [...YEARLY_FORMS], incomplete: ['問卷結果統計表'] });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 1 }, target: { value: 2 } } });
    expect(r.ok && r.result.explanation.zh).toContain('内容不完整：《问卷结果统计表》');
  });

  it('a form not on the list is ignored with a warning', () => {
    expect(records({ period: 'year', present: [...YEARLY_FORMS, '會議紀要'] })).toMatchObject({
      ok: true,
      result: { status: 'met', warnings: [{ code: 'unlisted-form' }] },
    });
  });

  it('rejects an incomplete form that is not present, and an unknown period, naming the field', () => {
    expect(
      records({ period: 'year', present: ['問卷結果統計表'], incomplete: ['年度社區文化活動計劃表'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['incomplete', 0] }] },
    });
    expect(records({ period: 'week', present: [] } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['period'] }] },
    });
  });

  it('an organisation can set its own monthly list; an empty list is a configuration error', () => {
    const config = { rules: { 'P01.records': { monthly: ['培訓計劃表', '部門客戶投訴工作月報', '費用月報'] } } };
    expect(records({ period: 'month', present: [...MONTHLY_FORMS] }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached', target: { value: 3 } },
    });
    const bad = { rules: { 'P01.records': { yearly: [] } } };
    expect(records({ period: 'year', present: [] }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P01.records', 'yearly'] }] },
    });
  });
});
