import { describe, expect, it } from 'vitest';
import { escalation } from './escalation.js';

// Seed 1.3 (line 119): 物業助理對物業戶任[主任]負責，業戶服務接待人員對客服主任負責，物業戶任、客服主任對客服部經理負責，
// 客服部經理對總經理負責。
describe('P04.escalation (1.3)', () => {
  it.each([
    ['property-assistant', 'property-director', ['property-director', 'service-manager', 'general-manager']],
    ['receptionist', 'service-director', ['service-director', 'service-manager', 'general-manager']],
    ['property-director', 'service-manager', ['service-manager', 'general-manager']],
    ['service-director', 'service-manager', ['service-manager', 'general-manager']],
    ['service-manager', 'general-manager', ['general-manager']],
  ] as const)('the %s answers to the %s', (role, answersTo, chain) => {
    expect(escalation({ role })).toMatchObject({
      ok: true,
      result: { kind: 'compute', value: { role, answersTo, chain }, clause: 'P04 1.3' },
    });
  });

  it('the general manager is the top of the chain', () => {
    const r = escalation({ role: 'general-manager' });
    expect(r).toMatchObject({ ok: true, result: { value: { answersTo: null, chain: [] } } });
    expect(r.ok && r.result.explanation.zh).toContain('最高一级');
  });

  it('explains the chain in both languages', () => {
    const r = escalation({ role: 'property-assistant' });
    expect(r.ok && r.result.explanation.en).toContain('property assistant → property director → service manager');
    expect(r.ok && r.result.explanation.zh).toContain('物业助理 → 物业主任 → 客服部经理 → 总经理');
  });

  it('rejects an unknown role naming role', () => {
    expect(escalation({ role: 'janitor' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['role'] }] },
    });
  });

  it('an organisation can re-route a role; a loop is a configuration error naming the role', () => {
    const config = { rules: { 'P04.escalation': { reportsTo: { 'property-assistant': 'service-director' } } } };
    expect(escalation({ role: 'property-assistant' }, { config })).toMatchObject({
      ok: true,
      result: {
        value: { answersTo: 'service-director', chain: ['service-director', 'service-manager', 'general-manager'] },
      },
    });
    const loop = { rules: { 'P04.escalation': { reportsTo: { 'general-manager': 'service-manager' } } } };
    expect(escalation({ role: 'receptionist' }, { config: loop })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-config',
        issues: [{ path: ['config', 'rules', 'P04.escalation', 'reportsTo', 'service-manager'] }],
      },
    });
  });

  it("accepts the seed's Chinese role names, in either script", () => {
    expect(escalation({ role: '物業助理' })).toMatchObject({
      ok: true,
      result: { value: { role: 'property-assistant', answersTo: 'property-director' } },
    });
    expect(escalation({ role: '接待人員' })).toMatchObject({
      ok: true,
      result: { value: { role: 'receptionist', answersTo: 'service-director' } },
    });
    expect(escalation({ role: '客服部经理' })).toMatchObject({
      ok: true,
      result: { value: { answersTo: 'general-manager' } },
    });
    expect(escalation({ role: '保安' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['role'] }] },
    });
  });
});
