/**
 * (二)電話回訪客服 1、工作細則 (line 298): ※及時回訪，了解客戶對客服的滿意度。 (and line 299: 告知客戶其反映的問題有所答復)
 * Each case the customer raised, once it has its answer (跟進結果), gets a callback. How soon (及時) the seed
 * leaves open: a parameter with no default, `not-configured` until the organisation sets it. A breach is fined
 * under (五)1 like every P10 service rule. (P01's callbacks are P01.service-callback and P01.complaint-callback-rate.)
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

/** 及時 sets no number: the organisation's limit, no default. */
const CALLBACK_WITHIN = openLimit({
  ruleId: 'P10.callback',
  param: 'callbackWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'the callback made within this time of the answer (及時: the seed sets no number; no default)',
  zh: '有答复后须在此时间内回访（及时：原文未给时限，无默认值）',
});

export const callback = defineRule({
  id: 'P10.callback',
  policy: 'P10',
  clause: '(二)回訪細則',
  seedLines: [298, 298],
  kind: 'check',
  title: {
    en: 'A case with its answer ready is called back within the limit set',
    zh: '客户反映的问题有答复后及时回访',
  },
  facts: z
    .object({
      answeredAt: instant.meta({
        description: 'when the case had its answer (跟進結果) to give the customer',
        zh: '客户反映的问题有跟进结果的时间',
      }),
      calledBackAt: instant.optional().meta({ description: 'when the customer was called back', zh: '回访客户的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      callbackWithin: CALLBACK_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.answeredAt),
  evaluate(f, ctx) {
    const answered = at(f.answeredAt);
    const called = atOpt(f.calledBackAt);
    notBefore(called, answered, 'calledBackAt', 'answeredAt');
    const limit = CALLBACK_WITHIN.required(ctx.params.callbackWithin);
    const window = ctx.words.ms(limit);
    const span = ctx.words.duration(window);
    const deadline = clockDeadline(answered, window, { en: `${span.en} after the answer`, zh: `有答复后${span.zh}内` });
    return withServiceBreach(timedVerdict({ deadline, doneAt: called, ctx, action: { en: 'callback', zh: '回访' } }));
  },
});
