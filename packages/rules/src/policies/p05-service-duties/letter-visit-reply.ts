/**
 * 四: 負責業主/住戶來信、來訪、投訴等處理工作，及時做好回復、跟蹤、檢查工作。
 * Reading: every letter or visit from an owner or resident gets a reply in time (及時 sets no number and Kefu
 * invents none: the organisation sets `replyWithin`, letter or visit → reply, and until it does the rule answers
 * `not-configured`, naming the parameter), and once replied to it is followed up and checked (跟蹤、檢查). A
 * matter closed without a reply, or replied to but closed without its follow-up, is breached. Complaints have
 * their own route (P01 投訴, P09); that a task is this duty at all is P05.duty-of's.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P05.letter-visit-reply';

/** 及時 sets no number: the organisation's limit, no default. */
const REPLY_WITHIN = openLimit({
  ruleId: ID,
  param: 'replyWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'letter or visit → reply (及時; the seed sets no limit, so none by default), PT1M–P30D',
  zh: '来信、来访至回复的时限（及时；原文未规定，故无默认值），PT1M–P30D',
});

const CHANNEL = {
  letter: { en: 'letter', zh: '来信' },
  visit: { en: 'visit', zh: '来访' },
} as const;

export const letterVisitReply = defineRule({
  id: ID,
  policy: 'P05',
  clause: '四',
  seedLines: [140, 140],
  kind: 'check',
  title: {
    en: "An owner's letter or visit replied to in time, then followed up and checked",
    zh: '业主/住户来信、来访及时回复，并做好跟踪、检查',
  },
  facts: z
    .object({
      channel: z.enum(['letter', 'visit']).meta({ description: 'a letter (來信) or a visit (來訪)', zh: '来信或来访' }),
      receivedAt: instant.meta({ description: 'when the letter came or the visitor came', zh: '来信或来访的时间' }),
      repliedAt: instant
        .optional()
        .meta({ description: 'when the owner or resident was replied to', zh: '回复的时间' }),
      followedUp: z.boolean().default(false).meta({
        description: 'after the reply, the matter was followed up and checked (跟蹤、檢查)',
        zh: '回复后已做好跟踪、检查',
      }),
      closedAt: instant.optional().meta({
        description: 'when the matter was closed on the register; closed without a reply is breached',
        zh: '登记结案的时间；未回复即结案为违反',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 及時 has no number (the README's "Limits the seed leaves open").
      replyWithin: REPLY_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const limit = REPLY_WITHIN.required(ctx.params.replyWithin);
    const received = at(f.receivedAt);
    const replied = atOpt(f.repliedAt);
    const closed = atOpt(f.closedAt);
    notBefore(replied, received, 'repliedAt', 'receivedAt');
    notBefore(closed, received, 'closedAt', 'receivedAt');
    if (replied !== undefined) notBefore(closed, replied, 'closedAt', 'repliedAt');
    const channel = CHANNEL[f.channel];
    if (replied === undefined && closed !== undefined) {
      return {
        status: 'breached',
        explanation: {
          en: `The ${channel.en} was closed without a reply (四: 及時做好回復) (${NO_SANCTION_TO_CORRECT.en})`,
          zh: `${channel.zh}未回复即结案（四：及时做好回复）（${NO_SANCTION_TO_CORRECT.zh}）`,
        },
      };
    }
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(received, window, {
      en: `${words.en} after the ${channel.en} (the organisation's limit for 及時)`,
      zh: `${channel.zh}后${words.zh}内（本单位对“及时”的规定）`,
    });
    const verdict = timedVerdict({ deadline, doneAt: replied, ctx, action: { en: 'reply', zh: '回复' } });
    // The follow-up is owed once the matter is closed: an open matter may still be followed up.
    const missing = closed === undefined || f.followedUp ? [] : [{ en: 'the follow-up and check', zh: '跟踪、检查' }];
    return withItemsOwed(verdict, replied !== undefined, missing, '四', NO_SANCTION_TO_CORRECT);
  },
});
