/**
 * (二)電話接聽客服 1、工作細則: 若無法給予明確答復，應記錄客戶詳細資料及相關問題立即提交相關負責人協調解決辦法并及時回復客戶，
 * 時限30分鐘內。 Read: 30 minutes of elapsed time from the question; a question answered on the call owes nothing.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDuration } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

export const callback30min = defineRule({
  id: 'P10.callback-30min',
  policy: 'P10',
  clause: '(二)工作細則',
  seedLines: [288, 288],
  kind: 'check',
  title: { en: 'Answer an open question within 30 minutes', zh: '无法当场答复的问题30分钟内回复客户' },
  facts: z
    .object({
      askedAt: instant.meta({
        description: 'when the customer asked the question that could not be answered on the call',
        zh: '客户提出电话中无法回答的问题的时间',
      }),
      answeredAt: instant
        .optional()
        .meta({ description: 'when the customer was given the answer', zh: '答复客户的时间' }),
      answeredOnCall: z.boolean().default(false).meta({
        description: 'true when the question was answered on the call itself',
        zh: '问题在通话中当场回答时为 true',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      within: isoDuration('PT30M', { min: 'PT1M', max: 'P1D' }).meta({
        description: 'time allowed to answer the customer',
        zh: '答复客户的时限',
      }),
    })
    .strict(),
  startOf: (f) => at(f.askedAt),
  evaluate(f, ctx) {
    const asked = at(f.askedAt);
    const answered = atOpt(f.answeredAt);
    notBefore(answered, asked, 'answeredAt', 'askedAt');
    if (f.answeredOnCall) {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'The question was answered on the call, so no callback within 30 min is owed',
          zh: '问题已在通话中答复，无需30分钟内回复',
        },
      };
    }
    const window = ctx.words.ms(ctx.params.within);
    const span = ctx.words.duration(window);
    const deadline = clockDeadline(asked, window, { en: `${span.en} after the question`, zh: `提问后${span.zh}内` });
    return withServiceBreach(
      timedVerdict({ deadline, doneAt: answered, ctx, action: { en: 'answer', zh: '回复客户' } }),
    );
  },
});
