/**
 * 1.10: 文件分發傳遞必須做到及時、準確、安全。
 * A document reaches the person it is for in time. 及時 sets no limit and Kefu invents none: the
 * organisation sets `deliverWithin` (received for distribution → delivered), and until it does the rule
 * answers `not-configured`, naming the parameter. 準確、安全 (to the right person, intact) are not judged here.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P02.distribution-time';

/** 及時 sets no number: the organisation's limit, no default. */
const DELIVER_WITHIN = openLimit({
  ruleId: ID,
  param: 'deliverWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'PT4H',
  min: 'PT1M',
  max: 'P7D',
  description: 'received → delivered (及時; the seed sets no limit, so none by default), PT1M–P7D',
  zh: '收到至送达的时限（及时；原文未规定，故无默认值），PT1M–P7D',
});

export const distributionTime = defineRule({
  id: ID,
  policy: 'P02',
  clause: '1.10',
  seedLines: [61, 61],
  kind: 'check',
  title: { en: 'A document is delivered in time (limit set by the organisation)', zh: '文件分发传递及时' },
  facts: z
    .object({
      receivedAt: instant.meta({
        description: 'when the document came in for distribution',
        zh: '文件收到待分发的时间',
      }),
      deliveredAt: instant
        .optional()
        .meta({ description: 'when it reached the person it is for', zh: '送达收件人的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 及時 has no number (the README's "Limits the seed leaves open").
      deliverWithin: DELIVER_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const limit = DELIVER_WITHIN.required(ctx.params.deliverWithin);
    const received = at(f.receivedAt);
    const delivered = atOpt(f.deliveredAt);
    notBefore(delivered, received, 'deliveredAt', 'receivedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(received, window, {
      en: `${words.en} after receipt (the organisation's limit for 及時)`,
      zh: `收到后${words.zh}内（本单位对“及时”的规定）`,
    });
    return timedVerdict({ deadline, doneAt: delivered, ctx, action: { en: 'delivery', zh: '分发送达' } });
  },
});
