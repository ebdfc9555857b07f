/**
 * 第七條: 各門店接到投訴后，應確認其投訴理由是否成立，呈報上級主管裁定是否受理。如屬客戶原因，應迅速答復客戶，
 * 婉轉講明理由，請客戶諒解。
 * A complaint the store declines (its reason not established, the customer's own cause): whether to accept
 * it is the supervisor's decision (呈報上級主管裁定), and the customer is answered quickly. 迅速 sets no
 * number and Kefu invents none: the organisation sets `replyWithin` (declined → reply), and until it does
 * the rule answers `not-configured`, naming the parameter. A store that declined on its own breaches the
 * clause whenever the reply came. P09 prescribes no penalty for either.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, noPenalty, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P09.decline-reply';

/** 迅速 sets no number: the organisation's limit, no default. */
const REPLY_WITHIN = openLimit({
  ruleId: ID,
  param: 'replyWithin',
  seedWord: '迅速',
  gloss: 'quickly',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'declined → the customer answered (迅速; the seed sets no limit, so none by default), PT1M–P30D',
  zh: '拒绝受理至答复客户的时限（迅速；原文未规定，故无默认值），PT1M–P30D',
});

const CONSEQUENCE = noPenalty('P09', { en: 'the acceptance rule', zh: '投诉受理规定' }, true);

export const declineReply = defineRule({
  id: ID,
  policy: 'P09',
  clause: '第七條',
  seedLines: [237, 237],
  kind: 'check',
  title: {
    en: 'A declined complaint: the supervisor decides, and the customer is answered quickly (limit set by the organisation)',
    zh: '不受理的投诉由上级主管裁定，并迅速答复客户',
  },
  facts: z
    .object({
      declinedAt: instant.meta({
        description: 'when the complaint was declined (its reason not established)',
        zh: '投诉被裁定不受理（理由不成立）的时间',
      }),
      decidedBy: z.enum(['supervisor', 'store']).meta({
        description: 'who decided not to accept it: the supervisor (上級主管), as 第七條 requires, or the store itself',
        zh: '裁定不受理者：上级主管（第七条要求）或门店自行决定',
      }),
      repliedAt: instant.optional().meta({ description: 'when the customer was answered', zh: '答复客户的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 迅速 has no number (the README's "Limits the seed leaves open").
      replyWithin: REPLY_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.declinedAt),
  evaluate(f, ctx) {
    const limit = REPLY_WITHIN.required(ctx.params.replyWithin);
    const declined = at(f.declinedAt);
    const replied = atOpt(f.repliedAt);
    notBefore(replied, declined, 'repliedAt', 'declinedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(declined, window, {
      en: `${words.en} after it was declined (the organisation's limit for 迅速)`,
      zh: `拒绝受理后${words.zh}内（本单位对“迅速”的规定）`,
    });
    const verdict = timedVerdict({ deadline, doneAt: replied, ctx, action: { en: 'answer', zh: '答复客户' } });
    if (f.decidedBy === 'supervisor') return withConsequence(verdict, CONSEQUENCE);
    // The store's own decision breaks the clause at once, whatever the reply: the supervisor decides.
    return withConsequence(
      {
        ...verdict,
        status: 'breached',
        explanation: {
          en: `${verdict.explanation.en}, but the store declined it without the supervisor's decision (呈報上級主管裁定)`,
          zh: `${verdict.explanation.zh}，但门店未呈报上级主管裁定即拒绝受理`,
        },
      },
      CONSEQUENCE,
    );
  },
});
