/**
 * 4.9: …送至工程組，若工程人員在20分鐘內未到達現場，須致電業戶解釋原因，并跟進完工時間。
 * The desk's own duty, apart from the engineers' lateness (P08.engineer-arrival): once the engineers miss
 * the 20 minutes, the desk phones the owner to explain, and follows up the completion time.
 * Reading: the call explains why nobody has come yet, so it is due before the engineers arrive; a call after
 * their arrival, or none, is breached. The follow-up is the completion time the desk obtained and gave
 * the owner (`expectedCompletionAt`): a call without it is breached too. While the engineers are late and
 * not yet there, the call is owed at once: at-risk. Engineers on time owe no call: not applicable.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, notBefore } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, instant, isoDuration } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const ownerCall = defineRule({
  id: 'P08.owner-call',
  policy: 'P08',
  clause: '4.9',
  seedLines: [217, 217],
  kind: 'check',
  title: {
    en: 'Engineers late: the desk phones the owner before they arrive and follows up the completion time',
    zh: '工程人员逾时未到：前台在到场前致电业户解释原因并跟进完工时间',
  },
  facts: z
    .object({
      orderedAt: instant.meta({
        description: 'when the work order reached the engineering team',
        zh: '工单到达工程部的时间',
      }),
      arrivedAt: instant
        .optional()
        .meta({ description: 'when the engineer reached the site', zh: '工程人员到达现场的时间' }),
      ownerCalledAt: instant
        .optional()
        .meta({ description: 'when the desk phoned the owner to explain the delay', zh: '前台致电业主说明延误的时间' }),
      expectedCompletionAt: instant.optional().meta({
        description: 'the completion time the desk followed up and gave the owner',
        zh: '前台跟进并告知业户的预计完工时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      arriveWithin: isoDuration('PT20M', { min: 'PT1M', max: 'P1D' }).meta({
        description: 'engineers not on site within this time: the desk phones the owner',
        zh: '工程人员在此时间内未到场：前台须致电业户',
      }),
    })
    .strict(),
  startOf: (f) => at(f.orderedAt),
  evaluate(f, ctx) {
    const ordered = at(f.orderedAt);
    const arrived = atOpt(f.arrivedAt);
    const called = atOpt(f.ownerCalledAt);
    const expected = atOpt(f.expectedCompletionAt);
    notBefore(arrived, ordered, 'arrivedAt', 'orderedAt');
    notBefore(called, ordered, 'ownerCalledAt', 'orderedAt');
    notBefore(expected, ordered, 'expectedCompletionAt', 'orderedAt');
    if (expected !== undefined && called === undefined) {
      throw badFact(
        ['ownerCalledAt'],
        'a completion time given to the owner comes with the call: say when (`ownerCalledAt`)',
      );
    }
    const within = ctx.words.duration(ctx.words.ms(ctx.params.arriveWithin));
    const windowEnd = ordered + ctx.words.ms(ctx.params.arriveWithin);
    const dueAt = arrived ?? windowEnd;
    if (arrived !== undefined && arrived <= windowEnd) {
      return verdict('not-applicable', windowEnd, {
        en: `The engineers arrived within ${within.en}: no call to the owner was owed`,
        zh: `工程人员在${within.zh}内到场，无须致电业户`,
      });
    }
    if (arrived === undefined) {
      if (ctx.asOf === undefined) throw badFact(['asOf'], 'required to judge a work order nobody has reached yet');
      if (ctx.asOf <= windowEnd && called === undefined) {
        return verdict('pending', windowEnd, {
          en: `The engineers have ${within.en} to arrive; a call to the owner is owed only if they miss it`,
          zh: `工程人员尚在${within.zh}时限内，逾时未到才须致电业户`,
        });
      }
    }
    const late = ctx.words.duration((arrived ?? ctx.asOf ?? windowEnd) - windowEnd);
    const lateText: Bilingual = {
      en: `The engineers were not on site within ${within.en} (${late.en} over)`,
      zh: `工程人员未在${within.zh}内到场（超出${late.zh}）`,
    };
    if (called === undefined) {
      if (arrived === undefined) {
        return verdict('at-risk', dueAt, {
          en: `${lateText.en} and the desk has not yet phoned the owner: the call is owed now`,
          zh: `${lateText.zh}，前台尚未致电业户：须立即致电`,
        });
      }
      return breached(dueAt, {
        en: `${lateText.en} and the desk never phoned the owner to explain`,
        zh: `${lateText.zh}，前台未致电业户解释原因`,
      });
    }
    const when = ctx.time.localText(called, ctx.zone);
    if (arrived !== undefined && called > arrived) {
      return breached(dueAt, {
        en: `${lateText.en}; the desk phoned the owner only at ${when}, after they arrived`,
        zh: `${lateText.zh}；前台至${when}才致电业户，已在工程人员到场之后`,
      });
    }
    if (expected === undefined) {
      return breached(dueAt, {
        en: `${lateText.en}; the desk phoned the owner at ${when} but gave no completion time`,
        zh: `${lateText.zh}；前台于${when}致电业户，但未跟进完工时间`,
      });
    }
    const completion = ctx.time.localText(expected, ctx.zone);
    return verdict('met', dueAt, {
      en: `${lateText.en}; the desk phoned the owner at ${when} and gave the completion time ${completion}`,
      zh: `${lateText.zh}；前台于${when}致电业户并告知完工时间${completion}`,
    });
  },
});

function verdict(status: Status, dueAt: number, explanation: Bilingual) {
  return { status, dueAt, explanation };
}

function breached(dueAt: number, explanation: Bilingual) {
  return verdict('breached', dueAt, {
    en: `${explanation.en}, which 4.9 requires: ${NO_PENALTY.en}`,
    zh: `${explanation.zh}，违反4.9：${NO_PENALTY.zh}`,
  });
}
