/**
 * (二)電話接聽客服 1、工作細則 (line 289): 若客戶對解決方案、答復表示不滿或不接受，應盡可能取得客戶的理解和支持;
 * 若客戶一再堅持己見，應委婉答復，立刻反映給相關負責人協調解決方案，力求客戶滿意與理解。
 * A customer who keeps rejecting the answer is reported to the person in charge at once (立刻). How soon the
 * seed leaves open, so the limit is a parameter with no default: `not-configured` until the organisation sets
 * it. A breach is fined under (五)1 like every P10 service rule.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

/** 立刻 sets no number: the organisation's limit, no default. */
const ESCALATE_WITHIN = openLimit({
  ruleId: 'P10.rejection-escalation',
  param: 'escalateWithin',
  seedWord: '立刻',
  gloss: 'at once',
  example: 'PT15M',
  min: 'PT1M',
  max: 'P1D',
  description: 'reported to the person in charge within this time (立刻: the seed sets no number; no default)',
  zh: '须在此时间内反映给相关负责人（立刻：原文未给时限，无默认值）',
});

export const rejectionEscalation = defineRule({
  id: 'P10.rejection-escalation',
  policy: 'P10',
  clause: '(二)工作細則',
  seedLines: [289, 289],
  kind: 'check',
  title: {
    en: 'A customer who keeps rejecting the answer is reported to the person in charge at once',
    zh: '客户一再坚持己见的，立刻反映给相关负责人协调解决方案',
  },
  facts: z
    .object({
      rejectedAt: instant.meta({
        description: 'when the customer, having heard the answer, kept rejecting it (一再堅持己見)',
        zh: '客户对答复一再坚持己见的时间',
      }),
      escalatedAt: instant.optional().meta({
        description: 'when it was reported to the person in charge',
        zh: '反映给相关负责人的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      escalateWithin: ESCALATE_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.rejectedAt),
  evaluate(f, ctx) {
    const rejected = at(f.rejectedAt);
    const escalated = atOpt(f.escalatedAt);
    notBefore(escalated, rejected, 'escalatedAt', 'rejectedAt');
    const limit = ESCALATE_WITHIN.required(ctx.params.escalateWithin);
    const window = ctx.words.ms(limit);
    const span = ctx.words.duration(window);
    const deadline = clockDeadline(rejected, window, {
      en: `${span.en} after the customer rejected the answer`,
      zh: `客户不接受答复后${span.zh}内`,
    });
    return withServiceBreach(
      timedVerdict({
        deadline,
        doneAt: escalated,
        ctx,
        action: { en: 'report to the person in charge', zh: '反映给负责人' },
      }),
    );
  },
});
