/**
 * 4.8: 客服組負責人每天檢查前臺《值班日志》并簽字確認…
 * Reading (catalogue): the team leader signs each day's duty log by the end of that local day (inclusive,
 * 23:59:59.999); `graceDays` lets an organisation allow the next morning's check instead.
 */
import * as z from 'zod';
import { fixedDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, dateOf, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const dailyLogCheck = defineRule({
  id: 'P08.daily-log-check',
  policy: 'P08',
  clause: '4.8',
  seedLines: [216, 216],
  kind: 'check',
  title: { en: 'Team leader checks and signs the duty log daily', zh: '客服组负责人每天检查并签署值班日志' },
  facts: z
    .object({
      date: isoDate.meta({ description: 'the day of the duty log', zh: '值班日志的日期' }),
      signedAt: instant
        .optional()
        .meta({ description: 'when the team leader checked and signed the log', zh: '班长检查并签署日志的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      graceDays: z
        .number()
        .int()
        .min(0)
        .max(7)
        .default(0)
        .meta({ description: 'calendar days after the log day to sign by', zh: '日志日期之后须在多少个日历日内签署' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfLocalDay(dateOf(f.date), zone),
  evaluate(f, ctx) {
    const day = dateOf(f.date);
    const opens = ctx.time.startOfLocalDay(day, ctx.zone);
    const signed = atOpt(f.signedAt);
    if (signed !== undefined && signed < opens) throw badFact(['signedAt'], 'must not be before the log day starts');
    const deadline = fixedDeadline(day + ctx.params.graceDays, opens, ctx);
    const verdict = timedVerdict({ deadline, doneAt: signed, ctx, action: { en: 'log sign-off', zh: '签署值班日志' } });
    return withConsequence(verdict, NO_PENALTY);
  },
});
