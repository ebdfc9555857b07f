import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../kernel/chinese.js';
import { phrase } from './phrase.js';
import { PHRASES, SITUATIONS } from './phrases.js';

// Seed 2.1–2.7 (lines 129–135), e.g. 2.1 當見到客人時說:您好!; 2.5 對等待的客人要說:對不起，讓您久等了;
// 1.2.7 當客人離開時，應說:謝謝光臨，歡迎再來，再見!(或請走好)。
describe('P04.phrase (2.1–2.7)', () => {
  it('gives the seed phrase for a situation, in the seed text, simplified and glossed', () => {
    const r = phrase({ situation: 'sorry-to-keep-waiting' });
    expect(r).toMatchObject({
      ok: true,
      result: {
        kind: 'compute',
        value: {
          clause: '2.5',
          phrases: [{ zh: '對不起，讓您久等了', zhHans: '对不起，让您久等了', en: 'Sorry to have kept you waiting' }],
        },
      },
    });
    expect(r.ok && r.result.status).toBeUndefined();
  });

  it('gives every one of the eight situations at least one phrase', () => {
    for (const situation of SITUATIONS) {
      const r = phrase({ situation });
      expect(r.ok && r.result.value).toMatchObject({ situation });
      expect(r.ok ? (r.result.value as { phrases: unknown[] }).phrases.length : 0).toBeGreaterThan(0);
    }
  });

  it('the simplified rendering is the seed text character for character (as the kernel folds it)', () => {
    for (const s of SITUATIONS) {
      for (const p of PHRASES[s].phrases) {
        expect([...p.zh].length).toBe([...p.zhHans].length);
        expect(foldForMatch(p.zh)).toBe(foldForMatch(p.zhHans));
      }
    }
  });

  it('an utterance in either script, with any punctuation, uses the phrase', () => {
    expect(phrase({ situation: 'please-wait', utterance: '对不起，请您稍等一下。' })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { uses: true, matched: '對不起，請您稍等一下' } },
    });
    expect(phrase({ situation: 'greeting', utterance: '先生，您好！' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(phrase({ situation: 'farewell', utterance: '谢谢光临，欢迎再来，请走好' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
    expect(phrase({ situation: 'offering-help', utterance: '小姐，很荣幸能为您服务' })).toMatchObject({
      ok: true,
      result: { status: 'met' },
    });
  });

  it('part of a phrase is not the phrase; another situation’s phrase is named', () => {
    expect(phrase({ situation: 'farewell', utterance: '再见' })).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { uses: false } },
    });
    const r = phrase({ situation: 'please-wait', utterance: '对不起，让您久等了' });
    expect(r).toMatchObject({
      ok: true,
      result: { status: 'breached', value: { usedFor: ['sorry-to-keep-waiting'] } },
    });
    expect(r.ok && r.result.explanation.zh).toContain('对等待的客人');
  });

  it('rejects an unknown situation and an empty utterance, naming the field', () => {
    expect(phrase({ situation: 'thanks' as never })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['situation'] }] },
    });
    expect(phrase({ situation: 'greeting', utterance: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facts', issues: [{ path: ['utterance'] }] },
    });
  });

  it('an organisation can accept further phrases for a situation (2.2 ends in 等)', () => {
    const config = { rules: { 'P04.phrase': { extraPhrases: { greeting: ['早上好'] } } } };
    expect(phrase({ situation: 'greeting', utterance: '早上好！' }, { config })).toMatchObject({
      ok: true,
      result: { status: 'met', value: { matched: '早上好' } },
    });
    expect(phrase({ situation: 'greeting', utterance: '早上好！' })).toMatchObject({
      ok: true,
      result: { status: 'breached' },
    });
  });
});
