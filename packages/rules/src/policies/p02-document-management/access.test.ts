import { describe, expect, it } from 'vitest';
import { access } from './access.js';

// Seed 1.4 (line 55): 秘密文件…未經總經理批準，不準翻閱，不準復印，不準帶離辦公室。
// Seed 1.5 (line 56): 員工個人檔案、材料屬秘密材料的，他人無權翻閱，保管人員也不準，禁止將這些資料擅自給他人過目。
describe('P02.access (1.4, 1.5)', () => {
  it('reading, copying or removing a secret document needs the GM approval', () => {
    for (const action of ['read', 'copy', 'remove'] as const) {
      expect(access({ classification: 'secret', action, actorRole: 'clerk', gmApproved: true })).toMatchObject({
        ok: true,
        result: { status: 'met' },
      });
      expect(access({ classification: 'secret', action, actorRole: 'clerk', gmApproved: false })).toMatchObject({
        ok: true,
        result: { status: 'breached' },
      });
    }
  });

  it('the keeper of personnel files needs the approval too (the seed: 保管人員也不準)', () => {
    const r = access({ classification: 'personnel', action: 'read', actorRole: 'keeper', gmApproved: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.en).toContain('the keeper included');
    expect(r.ok && r.result.explanation.zh).toContain('保管人员亦然');
    expect(
      access({ classification: 'personnel', action: 'copy', actorRole: 'keeper', gmApproved: true }),
    ).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('the general manager himself may access; ordinary documents are not covered', () => {
    expect(access({ classification: 'secret', action: 'remove', actorRole: 'general-manager' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(access({ classification: 'ordinary', action: 'copy', actorRole: 'clerk' })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  it("the catalogue's reading (the keeper may access) is a parameter", () => {
    const config = { rules: { 'P02.access': { keeperMayAccessPersonnel: true } } };
    const facts = { classification: 'personnel', action: 'read', actorRole: 'Keeper' } as const;
    expect(access(facts, { config })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(access({ ...facts, actorRole: 'clerk' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  // #18, seed 1.4 (line 55): 不準散播其內容 — the missing part of 1.4: spreading was not an action of the rule.
  it('reproduction #18 1.4: spreading a secret document or a personnel file is a breach even with approval or by the GM', () => {
    for (const classification of ['secret', 'personnel'] as const) {
      for (const actorRole of ['clerk', 'keeper', 'general-manager']) {
        const r = access({ classification, action: 'spread', actorRole, gmApproved: true });
        expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
        expect(r.ok && r.result.explanation.zh).toContain('不准散播');
      }
    }
    const config = { rules: { 'P02.access': { keeperMayAccessPersonnel: true } } };
    expect(
      access({ classification: 'personnel', action: 'spread', actorRole: 'keeper', gmApproved: true }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(access({ classification: 'ordinary', action: 'spread', actorRole: 'clerk' })).toMatchObject({
      ok: true,
      result: { status: 'not-applicable' },
    });
  });

  // #18, seed 1.5 (line 56): 禁止將這些資料擅自給他人過目 — showing was not an action of the rule.
  it("reproduction #18 1.5: showing a personnel file to someone on one's own authority is a breach; with the GM approval it is not", () => {
    const show = { classification: 'personnel', action: 'show', actorRole: 'keeper' } as const;
    const r = access({ ...show, gmApproved: false });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(r.ok && r.result.explanation.zh).toContain('给他人过目');
    expect(access({ ...show, gmApproved: true })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(access({ ...show, actorRole: 'general-manager' })).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(access({ ...show, classification: 'secret', actorRole: 'clerk' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('rejects an unknown classification or action and an empty role, naming the field', () => {
    expect(access({ classification: 'top', action: 'read', actorRole: 'x' } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['classification'] }] },
    });
    expect(access({ classification: 'secret', action: 'burn', actorRole: 'x' } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['action'] }] },
    });
    expect(access({ classification: 'secret', action: 'read', actorRole: ' ' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['actorRole'] }] },
    });
  });
});
