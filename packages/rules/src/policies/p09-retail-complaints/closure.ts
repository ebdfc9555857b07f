/** 第二十六條: 投訴處理期限: 至接到投訴7天結案。 Read (Ambiguities 6): calendar days, due at the end of the 7th day. */
import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

export const closure = defineRule({
  id: 'P09.closure',
  policy: 'P09',
  clause: '第二十六條',
  seedLines: [256, 256],
  kind: 'check',
  title: { en: 'Close a complaint within 7 days of receipt', zh: '投诉自接到起7天内结案' },
  facts: z
    .object({
      receivedAt: instant.meta({ description: 'when the complaint was received', zh: '收到投诉的时间' }),
      closedAt: instant.optional().meta({ description: 'when the case was closed (結案)', zh: '结案的时间' }),
      accepted: z.boolean().default(true).meta({
        description: 'false when the complaint was declined (第七條): no case to close',
        zh: '投诉被拒绝时为 false（第七条）：无须结案',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      days: z
        .number()
        .int()
        .min(1)
        .max(90)
        .default(7)
        .meta({ description: 'calendar days allowed after receipt', zh: '收到后允许的日历天数' }),
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const received = at(f.receivedAt);
    const closed = atOpt(f.closedAt);
    notBefore(closed, received, 'closedAt', 'receivedAt');
    if (!f.accepted) {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'A declined complaint opens no case, so there is nothing to close',
          zh: '未受理的投诉不立案，无需结案',
        },
      };
    }
    const deadline = calendarDaysDeadline(received, ctx.params.days, ctx);
    const reference = closed ?? ctx.asOf;
    const measured =
      reference === undefined
        ? undefined
        : {
            value: ctx.time.localDay(reference, ctx.zone) - ctx.time.localDay(received, ctx.zone),
            unit: 'day' as const,
          };
    return timedVerdict({
      deadline,
      doneAt: closed,
      ctx,
      action: { en: 'closure', zh: '结案' },
      ...(measured && { measured }),
      target: { value: ctx.params.days, unit: 'day', comparator: '<=' },
    });
  },
});
