/**
 * Duties the seed asks for 定期 (every period) or 及時 (promptly) without a number, and the other things each
 * occasion must leave behind (a list updated, a report written). The period is an open limit (`open-limit.ts`):
 * the rule refuses with `not-configured` until the organisation sets it. These helpers keep the rules that
 * share this shape saying it the same way.
 */

import { clockDeadline } from './deadline.js';
import type { RuleContext, Verdict } from './define-rule.js';
import { at, atOpt, joinList, notBefore, timedVerdict, withConsequence } from './helpers.js';
import { type OpenLimit, openLimit } from './open-limit.js';
import type { Bilingual } from './result.js';
import { instant } from './schemas.js';

/** The facts of a duty done 定期: this round and the one before it. */
export const roundFacts = {
  doneAt: instant.meta({ description: 'when this round was done', zh: '本次进行的时间' }),
  previousAt: instant.optional().meta({
    description: 'when the previous round was done (left out: the first on record)',
    zh: '上一次进行的时间（不填：首次记录）',
  }),
};

/** The period of `ruleId`'s `param`, from one day to a year: 定期 names none, so there is no default. */
export const roundLimit = (ruleId: string, param: string, what: Bilingual): OpenLimit =>
  openLimit({
    ruleId,
    param,
    seedWord: '定期',
    gloss: 'regularly',
    example: 'P31D',
    min: 'P1D',
    max: 'P366D',
    description: `${what.en} at least this often (定期: the seed sets no period; no default)`,
    zh: `${what.zh}的周期（定期：原文未给周期，无默认值）`,
  });

type Ctx = Pick<RuleContext<unknown>, 'asOf' | 'warningShare' | 'zone' | 'time' | 'words'>;

/**
 * A round measured against the round before it: due `every` after the previous one. With no previous round
 * on record the period cannot be measured, so only what the round itself owes is judged (met here).
 */
function roundVerdict(input: {
  previous: number | undefined;
  done: number | undefined;
  every: string;
  ctx: Ctx;
  action: Bilingual;
}): Verdict<never> {
  const { previous, done, every, ctx, action } = input;
  if (previous === undefined) {
    return {
      status: 'met',
      explanation: {
        en: `The first ${action.en} on record: no previous one to measure the period from`,
        zh: `首次有记录的${action.zh}：无上一次可计算周期`,
      },
    };
  }
  const window = ctx.words.ms(every);
  const span = ctx.words.duration(window);
  const deadline = clockDeadline(previous, window, {
    en: `${span.en} after the previous one`,
    zh: `上一次后${span.zh}内`,
  });
  return timedVerdict({ deadline, doneAt: done, ctx, action });
}

/**
 * A verdict whose occasion also owes some items (a record kept, a list updated): any item missing makes a done
 * occasion breached, named with the clause; one not yet done is left to its timing. `consequence` is the
 * policy's own.
 */
export function withItemsOwed(
  verdict: Verdict<never>,
  done: boolean,
  missing: readonly Bilingual[],
  clause: string,
  consequence: Bilingual,
): Verdict<never> {
  if (!done || missing.length === 0) return withConsequence(verdict, consequence);
  const items = joinList(missing);
  return {
    ...verdict,
    status: 'breached',
    explanation: {
      en: `${verdict.explanation.en}, but ${clause} also requires: ${items.en} (missing): ${consequence.en}`,
      zh: `${verdict.explanation.zh}，但${clause}还要求：${items.zh}（缺）：${consequence.zh}`,
    },
  };
}

/**
 * A 定期 round judged whole: the period the organisation set (else `limit`'s `not-configured`), measured
 * from the previous round, and the items this round owes.
 */
export function judgeRound(input: {
  facts: { doneAt: string; previousAt?: string | undefined };
  limit: OpenLimit;
  every: string | undefined;
  action: Bilingual;
  missing: readonly Bilingual[];
  clause: string;
  consequence: Bilingual;
  ctx: Ctx;
}): Verdict<never> {
  const { facts, ctx } = input;
  const done = at(facts.doneAt);
  const previous = atOpt(facts.previousAt);
  if (previous !== undefined) notBefore(done, previous, 'doneAt', 'previousAt');
  const every = input.limit.required(input.every);
  const verdict = roundVerdict({ previous, done, every, ctx, action: input.action });
  return withItemsOwed(verdict, true, input.missing, input.clause, input.consequence);
}
