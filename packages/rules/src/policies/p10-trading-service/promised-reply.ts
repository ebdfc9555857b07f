/**
 * (二)電話接聽客服 2、操作程序 (line 292): 「…我會在xxx時間給您答復，請您留下聯系方式」。立即將問題提交相關負責人協調解決方案，
 * 并迅速回復客戶保證客服質量。
 * A reply time promised to the caller is a deadline the desk set itself: the answer must reach the customer
 * by it (inclusive). 迅速 sets no limit of its own; P10.callback-30min keeps judging (二)1's 30 minutes.
 */
import * as z from 'zod';
import { instantDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

export const promisedReply = defineRule({
  id: 'P10.promised-reply',
  policy: 'P10',
  clause: '(二)接聽程序',
  seedLines: [292, 292],
  kind: 'check',
  title: { en: 'Keep the reply time promised to the caller', zh: '按承诺的时间答复来电客户' },
  facts: z
    .object({
      askedAt: instant.meta({
        description: 'when the caller asked the question that could not be answered on the call',
        zh: '客户提出电话中无法回答的问题的时间',
      }),
      promisedBy: instant.meta({
        description: 'the reply time promised to the caller (「我會在xxx時間給您答復」)',
        zh: '向客户承诺的答复时间（“我会在某时给您答复”）',
      }),
      answeredAt: instant
        .optional()
        .meta({ description: 'when the customer was given the answer', zh: '答复客户的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.askedAt),
  evaluate(f, ctx) {
    const asked = at(f.askedAt);
    const promised = at(f.promisedBy);
    const answered = atOpt(f.answeredAt);
    notBefore(promised, asked, 'promisedBy', 'askedAt');
    notBefore(answered, asked, 'answeredAt', 'askedAt');
    const when = ctx.time.localText(promised, ctx.zone);
    const deadline = instantDeadline(promised, asked, {
      en: `by the time promised to the caller, ${when}`,
      zh: `于向客户承诺的时间${when}前`,
    });
    return withServiceBreach(
      timedVerdict({ deadline, doneAt: answered, ctx, action: { en: 'answer', zh: '答复客户' } }),
    );
  },
});
