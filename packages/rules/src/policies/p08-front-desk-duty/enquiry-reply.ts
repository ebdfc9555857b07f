/**
 * 4.11: 處理業戶的來電、上門咨詢及投訴，并對其咨詢、投訴的事情記錄清楚，并及時給予圓滿的答復或解決。
 * Each call, visit or complaint is recorded, and answered or resolved within a limit. That it is recorded is
 * checked as the seed says; how soon (及時) the seed leaves open, so the limit is a parameter with no default
 * and the rule answers `not-configured` until the organisation sets it.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

/** 及時 sets no number: the organisation's limit, no default. */
const REPLY_WITHIN = openLimit({
  ruleId: 'P08.enquiry-reply',
  param: 'replyWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'PT2H',
  min: 'PT1M',
  max: 'P30D',
  description: 'answered or resolved within this time (及時: the seed sets no number; no default)',
  zh: '须在此时间内答复或解决（及时：原文未给时限，无默认值）',
});

export const enquiryReply = defineRule({
  id: 'P08.enquiry-reply',
  policy: 'P08',
  clause: '4.11',
  seedLines: [219, 219],
  kind: 'check',
  title: {
    en: "A resident's call, visit or complaint recorded and answered within the limit set",
    zh: '业户来电、来访咨询及投诉记录清楚，并在规定时限内答复或解决',
  },
  facts: z
    .object({
      channel: z.enum(['call', 'visit', 'owner-complaint']).meta({
        description: 'call (來電), visit (上門咨詢) or owner-complaint (投訴)',
        zh: '来电、上门咨询或投诉',
      }),
      receivedAt: instant.meta({ description: 'when the call, visit or complaint came', zh: '来电、来访或投诉的时间' }),
      recorded: z.boolean().meta({ description: 'it is recorded clearly in the log', zh: '已记录清楚' }),
      repliedAt: instant.optional().meta({ description: 'when it was answered or resolved', zh: '答复或解决的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      replyWithin: REPLY_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const received = at(f.receivedAt);
    const replied = atOpt(f.repliedAt);
    notBefore(replied, received, 'repliedAt', 'receivedAt');
    const limit = REPLY_WITHIN.required(ctx.params.replyWithin);
    const window = ctx.words.ms(limit);
    const span = ctx.words.duration(window);
    const deadline = clockDeadline(received, window, { en: `${span.en} after it came`, zh: `受理后${span.zh}内` });
    const verdict = timedVerdict({ deadline, doneAt: replied, ctx, action: { en: 'answer', zh: '答复' } });
    const missing = f.recorded ? [] : [{ en: 'a clear record of it', zh: '记录清楚' }];
    return withItemsOwed(verdict, replied !== undefined, missing, '4.11', NO_PENALTY);
  },
});
