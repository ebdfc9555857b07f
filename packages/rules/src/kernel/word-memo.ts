/**
 * Words the rule bodies make again and again — a duration's words, an amount's, a phrase folded for
 * matching, a duration parameter's milliseconds — remembered in an object its owner creates and passes
 * down (a prepared evaluator; rule bodies see it as `ctx.words`), never in the module. Every method is a
 * pure function of its argument; `caches: false` computes each answer afresh.
 */
import { describeYuan } from './money.js';
import type { Bilingual } from './result.js';
import { durationMsOf } from './schemas.js';
import { describeDuration } from './time.js';

/** Each memory holds at most this many answers, then starts again. */
const LIMIT = 4096;
/** The longest text whose folded form is kept. */
const FOLD_MAX_LENGTH = 64;

/** `make`, remembered (unless `caches` is off) for the keys `keep` accepts. */
function remembered<K, V>(caches: boolean, make: (key: K) => V, keep: (key: K) => boolean = () => true) {
  if (!caches) return make;
  const memory = new Map<K, V>();
  return (key: K): V => {
    if (!keep(key)) return make(key);
    const known = memory.get(key);
    if (known !== undefined) return known;
    const value = make(key);
    if (memory.size >= LIMIT) memory.clear();
    memory.set(key, value);
    return value;
  };
}

export class WordMemo {
  /** `describeDuration`, frozen: the same words go to every result asking for this duration. */
  readonly duration: (ms: number) => Bilingual;
  /** `describeYuan`: "1,234.50 yuan" / "1,234.50元". */
  readonly yuan: (amount: number) => Bilingual;
  /**
   * The form in which a phrase is compared with what was said (`foldForMatch`, which a rule body passes in:
   * the word memo does not import the Chinese converter, so a policy that never folds does not bundle it).
   */
  readonly fold: (text: string, foldForMatch: (text: string) => string) => string;
  /** The milliseconds of a duration parameter its schema already validated (`PT2H`). */
  readonly ms: (text: string) => number;

  constructor(options: { readonly caches?: boolean } = {}) {
    const caches = options.caches !== false;
    this.duration = remembered(caches, (ms: number) => Object.freeze(describeDuration(ms)));
    // −0 is written −0.00, but a Map holds −0 and 0 under one key: it is not kept.
    this.yuan = remembered(caches, describeYuan, (amount) => !Object.is(amount, -0));
    const folds = new Map<string, string>();
    this.fold = (text, foldForMatch) => {
      // Phrases, names and keywords are short and come back on every evaluation; free text is not kept.
      if (!caches || text.length > FOLD_MAX_LENGTH) return foldForMatch(text);
      const known = folds.get(text);
      if (known !== undefined) return known;
      const folded = foldForMatch(text);
      if (folds.size >= LIMIT) folds.clear();
      folds.set(text, folded);
      return folded;
    };
    this.ms = remembered(caches, durationMsOf);
  }
}
