/**
 * 2.1–2.7: 當見到客人時說:您好!… 當客人離開時，應說:謝謝光臨，歡迎再來，再見!(或請走好)。 (the full texts are in
 * phrases.ts). Returns the standard phrase(s) for a situation and, given an utterance, whether it uses one.
 * Read: an utterance uses a phrase when it contains the whole phrase, in either script, ignoring punctuation and
 * spaces; 2.2 ends in 等 ("and the like"), so an organisation may add phrases per situation (`extraPhrases`).
 */

import * as z from 'zod';
import { foldForMatch } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';
import { PHRASES, type Phrase, SITUATIONS, type Situation } from './phrases.js';

export interface PhraseChoice {
  readonly zh: string;
  readonly zhHans: string;
  readonly en: string;
  readonly source: 'seed' | 'configured';
}

export interface PhraseAdvice {
  readonly situation: Situation;
  readonly clause: string;
  readonly phrases: readonly PhraseChoice[];
  /** Whether the utterance uses one of the phrases (only when an utterance is given). */
  readonly uses?: boolean;
  /** The phrase the utterance uses. */
  readonly matched?: string;
  /** Other situations whose phrase the utterance uses instead. */
  readonly usedFor?: readonly Situation[];
}

const phraseList = z.array(z.string().trim().min(1).max(200)).max(20);
const extras = Object.fromEntries(
  SITUATIONS.map((s) => [
    s,
    phraseList.default([]).meta({
      description: `further phrases accepted for ${PHRASES[s].name.en}`,
      zh: `${PHRASES[s].name.zh}另可接受的用语`,
    }),
  ]),
) as Record<Situation, z.ZodDefault<typeof phraseList>>;

function choicesFor(situation: Situation, extra: Readonly<Record<Situation, readonly string[]>>): PhraseChoice[] {
  const seed = PHRASES[situation].phrases.map((p): PhraseChoice => ({ ...pick(p), source: 'seed' }));
  const own = extra[situation].map((t): PhraseChoice => ({ zh: t, zhHans: t, en: t, source: 'configured' }));
  return [...seed, ...own];
}

function pick(p: Phrase) {
  return { zh: p.zh, zhHans: p.zhHans, en: p.en };
}

/** The phrase of `situation` the folded utterance contains, if any. */
function matchIn(
  said: string,
  situation: Situation,
  extra: Readonly<Record<Situation, readonly string[]>>,
  fold: (text: string) => string,
): string | undefined {
  const seed = PHRASES[situation].phrases.find((p) => (p.match ?? [p.zh]).some((m) => said.includes(fold(m))));
  if (seed) return seed.zh;
  return extra[situation].find((t) => {
    const norm = fold(t);
    return norm.length > 0 && said.includes(norm);
  });
}

function quote(list: readonly PhraseChoice[]): Bilingual {
  return {
    en: list.map((p) => (p.source === 'seed' ? `「${p.zhHans}」 (${p.en})` : `「${p.zh}」`)).join(' or '),
    zh: list.map((p) => `「${p.zhHans}」`).join('或'),
  };
}

export const phrase = defineRule({
  id: 'P04.phrase',
  policy: 'P04',
  clause: '2.1–2.7',
  seedLines: [129, 135],
  kind: 'compute',
  title: { en: 'The standard phrase for a reception situation', zh: '接待服务规范用语' },
  facts: z
    .object({
      situation: z.enum(SITUATIONS).meta({
        description:
          'greeting 2.1, offering-help 2.2, acknowledging 2.3, not-heard 2.3, please-wait 2.4, sorry-to-keep-waiting 2.5, apology 2.6, farewell 2.7',
        zh: 'greeting 2.1 问候、offering-help 2.2 提供帮助、acknowledging 2.3 听清、not-heard 2.3 没听清、please-wait 2.4 请稍候、sorry-to-keep-waiting 2.5 久等、apology 2.6 致歉、farewell 2.7 道别',
      }),
      utterance: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .optional()
        .meta({ description: 'what was said, to check against the phrase', zh: '所说的话，与规范用语核对' }),
    })
    .strict(),
  params: z
    .object({
      extraPhrases: z.object(extras).strict().prefault({}).meta({
        description: 'phrases accepted besides the seed’s, per situation (2.2 ends in 等)',
        zh: '除原文外各情境可接受的用语（2.2 以“等”结尾）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const extra = ctx.params.extraPhrases;
    const entry = PHRASES[f.situation];
    const phrases = choicesFor(f.situation, extra);
    const say = quote(phrases);
    const base = { situation: f.situation, clause: entry.clause, phrases };
    const when: Bilingual = { en: `For ${entry.name.en} (${entry.clause})`, zh: `${entry.name.zh}（${entry.clause}）` };
    if (f.utterance === undefined) {
      return {
        value: base satisfies PhraseAdvice,
        explanation: { en: `${when.en} say ${say.en}`, zh: `${when.zh}应说${say.zh}` },
      };
    }
    const said = fold(f.utterance);
    const shown = f.utterance.length > 40 ? `${f.utterance.slice(0, 40)}…` : f.utterance;
    const matched = matchIn(said, f.situation, extra, fold);
    if (matched !== undefined) {
      return {
        status: 'met',
        value: { ...base, uses: true, matched } satisfies PhraseAdvice,
        explanation: {
          en: `${when.en} 「${shown}」 uses the standard phrase 「${matched}」`,
          zh: `${when.zh}「${shown}」使用了规范用语「${matched}」`,
        },
      };
    }
    const usedFor = SITUATIONS.filter((s) => s !== f.situation && matchIn(said, s, extra, fold) !== undefined);
    const other: Bilingual =
      usedFor.length === 0
        ? { en: '', zh: '' }
        : {
            en: `; it is the phrase for ${usedFor.map((s) => PHRASES[s].name.en).join(', ')}`,
            zh: `；这是${usedFor.map((s) => PHRASES[s].name.zh).join('、')}的用语`,
          };
    return {
      status: 'breached',
      value: { ...base, uses: false, usedFor } satisfies PhraseAdvice,
      explanation: {
        en: `${when.en} 「${shown}」 does not use the standard phrase: say ${say.en}${other.en}`,
        zh: `${when.zh}「${shown}」未使用规范用语，应说${say.zh}${other.zh}`,
      },
    };
  },
});
