import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAILY_FORMS, MONTHLY_FORMS, YEARLY_FORMS } from '../../policies/p01-property-standards/record-forms.js';
import { PHRASES, SITUATIONS } from '../../policies/p04-reception-staff/phrases.js';
import { DUTIES, DUTY_IDS } from '../../policies/p05-service-duties/duties.js';
import { foldForMatch, toSimplified, usesPhrase } from '../chinese.js';

describe('toSimplified', () => {
  it('converts traditional text, phrases and variants included, and leaves simplified text alone', () => {
    expect(toSimplified('您好，中原物業')).toBe('您好，中原物业');
    expect(toSimplified('請問什麼事情可以幫您')).toBe('请问什么事情可以帮您');
    expect(toSimplified('這裡和這裏，群衆與群眾')).toBe('这里和这里，群众与群众');
    expect(toSimplified('您好，中原物业')).toBe('您好，中原物业');
    expect(toSimplified('Hello 123')).toBe('Hello 123');
  });

  it("renders the seed's form names as P01 shows them, and the policies' simplified renderings exactly", () => {
    expect([...DAILY_FORMS, ...MONTHLY_FORMS, ...YEARLY_FORMS].map(toSimplified)).toContain('顾客投诉处理记录表');
    for (const s of SITUATIONS) for (const p of PHRASES[s].phrases) expect(toSimplified(p.zh)).toBe(p.zhHans);
    for (const id of DUTY_IDS) expect(toSimplified(DUTIES[id].zh)).toBe(DUTIES[id].zhHans);
  });
});

describe('foldForMatch', () => {
  it('drops punctuation, symbols and spaces, folds full-width forms and case, and reads 甚麼 as 什麼', () => {
    expect(foldForMatch('ＡＢＣ 物業！')).toBe('abc物业');
    expect(foldForMatch('「您好，中原物業」')).toBe(foldForMatch('您好 中原物业!'));
    expect(foldForMatch('請問甚麼事情')).toBe('请问什么事情');
    expect(foldForMatch('请问甚么事情')).toBe('请问什么事情');
    expect(foldForMatch('！？、 …')).toBe('');
  });

  it("folds the seed's traditional texts and the policies' simplified renderings alike", () => {
    for (const s of SITUATIONS)
      for (const p of PHRASES[s].phrases) expect(foldForMatch(p.zh)).toBe(foldForMatch(p.zhHans));
    for (const id of DUTY_IDS) expect(foldForMatch(DUTIES[id].zh)).toBe(foldForMatch(DUTIES[id].zhHans));
  });

  it('property: folding is idempotent and ignores the script of already converted text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const once = foldForMatch(s);
        expect(foldForMatch(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent where dropping noise leaves a letter and a combining mark (found by the property)', () => {
    // 𝐌˙ → NFKC "M ̇" → lower, spaces dropped → "m" + U+0307, which NFKC composes to ṁ.
    for (const s of ['𝐌˙', 'A ̈', 'İ', 'e ́ 您好']) {
      const once = foldForMatch(s);
      expect(foldForMatch(once)).toBe(once);
    }
    expect(foldForMatch('𝐌˙')).toBe('ṁ');
  });

  it('gives the same answer for long texts, which it does not keep', () => {
    const long = `${'請問什麼事情可以幫您'.repeat(10)}。`;
    expect(foldForMatch(long)).toBe('请问什么事情可以帮您'.repeat(10));
    expect(foldForMatch(long)).toBe(foldForMatch(long));
  });
});

describe('usesPhrase', () => {
  it('matches exactly, at the start or anywhere, in either script', () => {
    expect(usesPhrase('您好，中原物業，請講', '您好，中原物业', 'starts-with')).toBe(true);
    expect(usesPhrase('喂，您好，中原物業', '您好，中原物业', 'starts-with')).toBe(false);
    expect(usesPhrase('喂，您好，中原物業', '您好，中原物业')).toBe(true);
    expect(usesPhrase('您好中原物业', '您好，中原物業', 'exact')).toBe(true);
    expect(usesPhrase('您好中原物业呀', '您好，中原物業', 'exact')).toBe(false);
  });

  it('a phrase that folds to nothing is never used', () => {
    expect(usesPhrase('您好', '！', 'contains')).toBe(false);
    expect(usesPhrase('', '', 'exact')).toBe(false);
  });
});
