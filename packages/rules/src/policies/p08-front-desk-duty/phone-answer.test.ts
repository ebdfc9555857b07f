import { describe, expect, it } from 'vitest';
import { foldForMatch as normaliseGreeting } from '../../kernel/chinese.js';
import { evaluate } from '../../registry.js';
import { phoneAnswer } from './phone-answer.js';

// Seed 4.1(5) (line 196): 電話鈴響三聲內必須接聽電話，且必須使用禮貌用語'您好，中原物業'。
describe('P08.phone-answer (4.1(5))', () => {
  it('answered on the 3rd ring with the seed greeting is met (3 rings inclusive)', () => {
    expect(phoneAnswer({ rings: 3, greeting: '您好，中原物業' })).toMatchObject({
      ok: true,
      result: {
        status: 'met',
        clause: 'P08 4.1(5)',
        measured: { value: 3, unit: 'ring' },
        target: { value: 3, unit: 'ring', comparator: '<=' },
      },
    });
  });

  it('answered on the 4th ring is breached and says so in both languages', () => {
    const r = phoneAnswer({ rings: 4, greeting: '您好，中原物業' });
    expect(r).toMatchObject({ ok: true, result: { status: 'breached', measured: { value: 4 } } });
    expect(r.ok && r.result.explanation.en).toContain('ring 4, more than 3');
    expect(r.ok && r.result.explanation.zh).toContain('铃响4声才接听');
  });

  it('tolerates simplified script, punctuation, spaces, full-width forms and trailing words', () => {
    for (const greeting of [
      '您好，中原物业',
      '您好,中原物业！请问有什么可以帮您？',
      '  您好 中原物業。',
      '您好、中原物業',
      '「您好，中原物业」',
    ]) {
      expect(phoneAnswer({ rings: 1, greeting })).toMatchObject({ ok: true, result: { status: 'met' } });
    }
    expect(normaliseGreeting('ＡＢＣ 物業！')).toBe('abc物业');
  });

  it('a greeting that does not open with the phrase is breached: 你好, reversed order, another name', () => {
    for (const greeting of ['你好，中原物业', '中原物业，您好', '您好，中原地产', '喂']) {
      const r = phoneAnswer({ rings: 1, greeting });
      expect(r).toMatchObject({ ok: true, result: { status: 'breached' } });
      expect(r.ok && r.result.explanation.zh).toContain('未以「您好，中原物業」开头');
    }
  });

  it("the configuration's orgName replaces the seed's 中原物業, and wins over the parameter", () => {
    const config = { orgName: '星河物業', rules: { 'P08.phone-answer': { orgName: '别的物业' } } };
    expect(phoneAnswer({ rings: 2, greeting: '您好，星河物业' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(phoneAnswer({ rings: 2, greeting: '您好，中原物業' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('the parameters set the ring limit and the name when the configuration has no orgName', () => {
    const config = { rules: { 'P08.phone-answer': { maxRings: 2, orgName: 'Kefu Property' } } };
    expect(phoneAnswer({ rings: 2, greeting: '您好, kefu property' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', target: { value: 2 } },
    });
    expect(phoneAnswer({ rings: 3, greeting: '您好，Kefu Property' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });

  it('an unanswered call is breached; a greeting on an unanswered call is a contradiction', () => {
    expect(phoneAnswer({ rings: 8, answered: false })).toMatchObject({ ok: true, result: { status: 'breached' } });
    expect(phoneAnswer({ rings: 8, answered: false, greeting: '您好，中原物業' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['greeting'] }] },
    });
  });

  it('rejects an answered call without a greeting and a negative ring count, naming the field', () => {
    expect(phoneAnswer({ rings: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['greeting'] }] },
    });
    expect(evaluate('P08.phone-answer', { rings: -1, greeting: '您好，中原物業' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['rings'] }] },
    });
  });

  it('a ring limit outside 1–20 is a configuration error', () => {
    const config = { rules: { 'P08.phone-answer': { maxRings: 0 } } };
    expect(phoneAnswer({ rings: 1, greeting: '您好，中原物業' }, { config })).toMatchObject({
      ok: false,
      error: { code: 'invalid-config', issues: [{ path: ['config', 'rules', 'P08.phone-answer', 'maxRings'] }] },
    });
  });
});
