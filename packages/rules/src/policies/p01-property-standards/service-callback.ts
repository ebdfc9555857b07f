/** 走訪 2: 便民服務回訪時間不超過服務完成后的2個工作日。 */
import * as z from 'zod';
import { workingDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

export const serviceCallback = defineRule({
  id: 'P01.service-callback',
  policy: 'P01',
  clause: '走訪 2',
  seedLines: [18, 18],
  kind: 'check',
  title: { en: 'Call back a convenience service within 2 working days', zh: '便民服务2个工作日内回访' },
  facts: z
    .object({
      completedAt: instant.meta({
        description: 'when the convenience service was completed',
        zh: '便民服务完成的时间',
      }),
      calledBackAt: instant.optional().meta({ description: 'when the resident was called back', zh: '回访住户的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      workingDays: z
        .number()
        .int()
        .min(1)
        .max(30)
        .default(2)
        .meta({ description: 'working days allowed after completion', zh: '完成后允许的工作日数' }),
    })
    .strict(),
  startOf: (f) => at(f.completedAt),
  evaluate(f, ctx) {
    const completed = at(f.completedAt);
    const calledBack = atOpt(f.calledBackAt);
    notBefore(calledBack, completed, 'calledBackAt', 'completedAt');
    const deadline = workingDaysDeadline(completed, ctx.params.workingDays, ctx, ['completedAt']);
    const reference = calledBack ?? ctx.asOf;
    const measured =
      reference === undefined
        ? undefined
        : {
            value: ctx.calendar.workingDaysBetween(
              ctx.time.localDay(completed, ctx.zone),
              ctx.time.localDay(reference, ctx.zone),
              [calledBack === undefined ? 'asOf' : 'calledBackAt'],
            ),
            unit: 'working-day' as const,
          };
    return timedVerdict({
      deadline,
      doneAt: calledBack,
      ctx,
      action: { en: 'callback', zh: '回访' },
      ...(measured && { measured }),
      target: { value: ctx.params.workingDays, unit: 'working-day', comparator: '<=' },
    });
  },
});
