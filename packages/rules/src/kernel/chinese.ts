/**
 * Chinese text in either script. The seed is written in traditional characters, staff, transcripts and
 * configuration often in simplified ones: `toSimplified` converts with OpenCC's traditional → mainland
 * dictionaries (characters and phrases, variants such as 裡/裏 and 衆/眾 included), and `foldForMatch` gives
 * the form in which a phrase, name or keyword is compared with what someone said or wrote.
 * The converter (`opencc-t2s.ts`) is assembled from only the dictionaries this direction reads and runs in
 * browsers and workers. It is built once, as the module loads (a few milliseconds), and never changes;
 * folded texts are remembered by a prepared run (`ctx.words.fold`), not here.
 */
import { traditionalToSimplified } from './opencc-t2s.js';

const converter: (text: string) => string = traditionalToSimplified();

/** Simplified (mainland) script of a text in traditional script; simplified text is left as it is. */
export function toSimplified(text: string): string {
  return converter(text);
}

/** What comparisons ignore: punctuation, symbols and white space (full-width forms are folded first). */
const NOISE = /[\p{P}\p{S}\p{Z}\s]/gu;

/** Wordings read as one after conversion: the variant 甚麼 is 什麼. */
const VARIANTS: readonly (readonly [string, string])[] = [['甚么', '什么']];

/**
 * The comparable form of a text: NFKC (full-width letters and digits become ASCII), lower case (Latin
 * names), punctuation, symbols and white space dropped, simplified script, variant wordings folded. So
 * 「您好，中原物業」, "您好, 中原物业!" and "您好 中原物业" are one phrase, and ＡＢＣ 物業！ is abc物业.
 */
export function foldForMatch(text: string): string {
  // Normalised again once the noise is gone: dropping a space between a letter and a combining mark (NFKC
  // turns a spacing ˙ into a space and U+0307) leaves a pair NFKC composes, and folding must be idempotent.
  let folded = toSimplified(text.normalize('NFKC').toLowerCase().replace(NOISE, '').normalize('NFKC'));
  for (const [from, to] of VARIANTS) folded = folded.replaceAll(from, to);
  return folded;
}

/** How a phrase must appear in what was said: the whole of it, at its start, or anywhere in it. */
export type PhraseMatch = 'exact' | 'starts-with' | 'contains';

/**
 * Whether `said` uses `phrase` (both folded with `fold`: `foldForMatch`, or a memo of it such as `ctx.words.fold`). A phrase that folds to nothing (only
 * punctuation, say) is never used: callers that accept it vacuously test `foldForMatch(phrase) === ''`.
 */
export function usesPhrase(
  said: string,
  phrase: string,
  match: PhraseMatch = 'contains',
  fold: (text: string) => string = foldForMatch,
): boolean {
  const want = fold(phrase);
  if (want === '') return false;
  const got = fold(said);
  if (match === 'exact') return got === want;
  return match === 'starts-with' ? got.startsWith(want) : got.includes(want);
}
