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
import { instant, isoDate } from '../../kernel/schemas.js';
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
      date: isoDate.describe('the day of the duty log'),
      signedAt: instant.optional().describe('when the team leader checked and signed the log'),
      asOf: instant.optional(),
    })
    .strict(),
  params: z
    .object({
      graceDays: z.number().int().min(0).max(7).default(0).describe('calendar days after the log day to sign by'),
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
