/**
 * 客戶服務: 公司對每次來電、來信、來訪須給予迅速、滿意回復，對有價值的意見和建議要綜合整理，提供給相關部門。
 * Every call, letter or visit gets a reply, quickly. 迅速 sets no limit and Kefu invents none: the
 * organisation sets `replyWithin` (contact → reply), and until it does the rule answers `not-configured`,
 * naming the parameter. Whether the reply satisfied (滿意) is not judged here.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P03.contact-reply';

/** 迅速 sets no number: the organisation's limit, no default. */
const REPLY_WITHIN = openLimit({
  ruleId: ID,
  param: 'replyWithin',
  seedWord: '迅速',
  gloss: 'quickly',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'contact → reply (迅速; the seed sets no limit, so none by default), PT1M–P30D',
  zh: '联系至回复的时限（迅速；原文未规定，故无默认值），PT1M–P30D',
});

export const contactReply = defineRule({
  id: ID,
  policy: 'P03',
  clause: '客戶服務',
  seedLines: [101, 101],
  kind: 'check',
  title: {
    en: 'Every call, letter or visit gets a quick reply (limit set by the organisation)',
    zh: '来电、来信、来访须迅速回复',
  },
  facts: z
    .object({
      contactedAt: instant.meta({
        description: 'when the customer called, wrote or came',
        zh: '客户来电、来信或来访的时间',
      }),
      channel: z
        .enum(['call', 'letter', 'visit'])
        .optional()
        .meta({ description: 'how the customer got in touch', zh: '联系方式：来电、来信或来访' }),
      repliedAt: instant.optional().meta({ description: 'when the customer was replied to', zh: '回复客户的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 迅速 has no number (the README's "Limits the seed leaves open").
      replyWithin: REPLY_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.contactedAt),
  evaluate(f, ctx) {
    const limit = REPLY_WITHIN.required(ctx.params.replyWithin);
    const contacted = at(f.contactedAt);
    const replied = atOpt(f.repliedAt);
    notBefore(replied, contacted, 'repliedAt', 'contactedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(contacted, window, {
      en: `${words.en} after the contact (the organisation's limit for 迅速)`,
      zh: `来访后${words.zh}内（本单位对“迅速”的规定）`,
    });
    return timedVerdict({ deadline, doneAt: replied, ctx, action: { en: 'reply', zh: '回复' } });
  },
});
