/**
 * 4.9: 維修結束后向業戶征詢意見，并詳細記錄在案(詳見《報修程序》)。
 * 4.10: …對維修工作進行跟進，并對維修結果進行回訪。
 * Reading: the seed sets no time limit ("after the repair"). Default: by the end of the calendar day after
 * the repair's completion day (`days` = 1, calendar days per Ambiguities 6); an organisation sets its own.
 * The opinion must also be recorded (`recorded`, default true): asked but not written down is breached.
 */
import * as z from 'zod';
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const repairFeedback = defineRule({
  id: 'P08.repair-feedback',
  policy: 'P08',
  clause: '4.9,4.10',
  seedLines: [217, 218],
  kind: 'check',
  title: { en: "Ask and record the owner's opinion after a repair", zh: '维修结束后征询并记录业户意见' },
  facts: z
    .object({
      completedAt: instant.meta({ description: 'when the repair was completed', zh: '维修完成的时间' }),
      feedbackAt: instant
        .optional()
        .meta({ description: "when the owner's opinion was asked", zh: '征询业主意见的时间' }),
      recorded: z
        .boolean()
        .default(true)
        .meta({ description: 'the opinion was written down in the work order / records', zh: '意见已写入工单 / 记录' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      days: z.number().int().min(0).max(30).default(1).meta({
        description: 'calendar days after the completion day (0: the same day); the seed sets no limit',
        zh: '完成当天之后的日历天数（0：当天）；原文未设时限',
      }),
    })
    .strict(),
  startOf: (f) => at(f.completedAt),
  evaluate(f, ctx) {
    const completed = at(f.completedAt);
    const feedback = atOpt(f.feedbackAt);
    notBefore(feedback, completed, 'feedbackAt', 'completedAt');
    if (feedback === undefined && !f.recorded) {
      throw badFact(['recorded'], 'an opinion that was not asked cannot be marked unrecorded; omit it');
    }
    const deadline = calendarDaysDeadline(completed, ctx.params.days, ctx);
    const verdict = timedVerdict({
      deadline,
      doneAt: feedback,
      ctx,
      action: { en: "owner's opinion", zh: '征询业户意见' },
      target: { value: ctx.params.days, unit: 'day', comparator: '<=' },
    });
    if (!f.recorded) {
      // Asked (on time or late) but not written down: breached either way.
      return {
        ...verdict,
        status: 'breached',
        explanation: {
          en: `${verdict.explanation.en}, but the opinion was not recorded as 4.9 requires: ${NO_PENALTY.en}`,
          zh: `${verdict.explanation.zh}，但未按4.9详细记录在案：${NO_PENALTY.zh}`,
        },
      };
    }
    return withConsequence(verdict, NO_PENALTY);
  },
});
