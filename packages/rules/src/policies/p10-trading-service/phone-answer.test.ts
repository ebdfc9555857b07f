import { describe, expect, it } from 'vitest';
import { evaluate } from '../../registry.js';
import { phoneAnswer } from './phone-answer.js';

// Seed (二)操作程序 (line 291): 來電鈴聲三聲鈴聲之內須接聽電話，熱情并正確使用工作術語:“您好，山東標金，請問什么事情可以幫您”。
const seedGreeting = '您好，山東標金，請問什麼事情可以幫您';

describe('P10.phone-answer ((二)操作程序)', () => {
  it('3 rings with the greeting is met; 4 rings is breached', () => {
    expect(phoneAnswer({ rings: 3, greeting: seedGreeting })).toMatchObject({
      ok: true,
      result: { status: 'met', measured: { value: 3, unit: 'ring' }, target: { value: 3, comparator: '<=' } },
    });
    const r = phoneAnswer({ rings: 4, greeting: seedGreeting });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 4 } } });
    expect(r.ok && r.result.explanation.en).toContain('P10.repeat-violation');
  });

  it('simplified characters, other punctuation, 甚麼 and a trailing staff number all match', () => {
    for (const greeting of [
      '您好，山东标金，请问什么事情可以帮您？',
      '您好 山東標金 請問甚麼事情可以幫您',
      '您好！山東標金。請問什么事情可以幫您?我的工號是 023',
    ]) {
      expect(phoneAnswer({ rings: 1, greeting })).toMatchObject({ ok: true, result: { status: 'met' } });
    }
  });

  it('a greeting without the organisation, with 你 for 您, or not at the start is breached', () => {
    for (const greeting of [
      '您好，請問什麼事情可以幫您',
      '你好，山東標金，請問什麼事情可以幫你',
      '喂？您好，山東標金，請問什麼事情可以幫您',
    ]) {
      const r = phoneAnswer({ rings: 1, greeting });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
      expect(r.ok && r.result.explanation.zh).toContain('未使用标准问候语');
    }
  });

  it("the configuration's organisation name replaces the seed's", () => {
    const config = { orgName: '中原物業' };
    expect(
      evaluate('P10.phone-answer', { rings: 2, greeting: '您好，中原物业，请问什么事情可以帮您' }, { config }),
    ).toMatchObject({ ok: true, result: { status: 'met' } });
    expect(evaluate('P10.phone-answer', { rings: 2, greeting: seedGreeting }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  // #15: the zh explanation quoted the seed's greeting in traditional script inside simplified Chinese.
  it('names the standard greeting in simplified script in the Chinese explanation', () => {
    const out = evaluate('P10.phone-answer', { rings: 1, greeting: '喂' });
    expect(out.ok && out.result.explanation.zh).toContain('请问什么事情可以帮您');
    expect(out.ok && out.result.explanation.en).toContain('請問什麼事情可以幫您');
  });

  it('parameters: the organisation name, the rings and how strictly the greeting must match', () => {
    const config = {
      rules: { 'P10.phone-answer': { orgName: '標金貿易', maxRings: 2, greetingMatch: 'contains' } },
    };
    const said = '喂，您好，標金貿易，請問什麼事情可以幫您';
    expect(evaluate('P10.phone-answer', { rings: 2, greeting: said }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 2 } },
    });
    expect(evaluate('P10.phone-answer', { rings: 3, greeting: said }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
    const exact = { rules: { 'P10.phone-answer': { greetingMatch: 'exact' } } };
    expect(
      evaluate('P10.phone-answer', { rings: 1, greeting: `${seedGreeting}，我是小王` }, { config: exact }),
    ).toMatchObject({ ok: true, result: { status: 'breached' } });
    const bad = { rules: { 'P10.phone-answer': { maxRings: 0 } } };
    expect(evaluate('P10.phone-answer', { rings: 1, greeting: seedGreeting }, { config: bad })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P10.phone-answer', 'maxRings'] }] },
    });
  });

  it('rejects negative rings with the field named', () => {
    expect(evaluate('P10.phone-answer', { rings: -1, greeting: seedGreeting })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['rings'] }] },
    });
  });
});
