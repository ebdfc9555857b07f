import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { attribution } from './attribution.js';

// Seed 第二十條 (line 250): 1、生產部門以各組為單元，最小單位以歸屬至發生各組單元個人為原則。未能明確歸屬至發生組單元者方歸屬至
// 生產部。 2、營運部門以歸屬至個人為原則，未能明確歸屬至個人者，才歸屬至部門。
describe('P09.attribution (第二十條)', () => {
  it('production: the person within the group, else the group, else the production department', () => {
    expect(attribution({ side: 'production', group: '包裝二組', person: '李四', department: '生產部' })).toMatchObject({
      ok: true,
      result: { value: { level: 'person', bearer: '李四', group: '包裝二組', department: '生產部' } },
    });
    expect(attribution({ side: 'production', group: '包裝二組', department: '生產部' })).toMatchObject({
      ok: true,
      result: { value: { level: 'group', bearer: '包裝二組' } },
    });
    const dept = attribution({ side: 'production', department: '生產部' });
    expect(dept).toMatchObject({ ok: true, result: { value: { level: 'department', bearer: '生產部' } } });
    expect(dept.ok && dept.result.explanation.en).toContain('base points');
  });

  it('operations: the person, else the department; a group is not a unit there', () => {
    expect(attribution({ side: 'operations', person: '王五', department: '營運部' })).toMatchObject({
      ok: true,
      result: { value: { level: 'person', bearer: '王五' }, warnings: [] },
    });
    const r = attribution({ side: 'operations', group: '一組', department: '營運部' });
    expect(r).toMatchObject({
      ok: true,
      result: { value: { level: 'department', bearer: '營運部' }, warnings: [{ code: 'group-ignored' }] },
    });
    expect(r.ok && r.result.value?.group).toBeUndefined();
  });

  it('rejects a blank person and a missing department with the fields named', () => {
    const r = evaluate('P09.attribution', { side: 'operations', person: ' ' });
    const paths = r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['person', 'department']));
  });

  it('the rule has no parameters: an override naming one is a configuration error', () => {
    const config = { rules: { 'P09.attribution': { level: 'group' } } };
    expect(evaluate('P09.attribution', { side: 'production', department: 'x' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P09.attribution'] }] },
    });
  });
});
