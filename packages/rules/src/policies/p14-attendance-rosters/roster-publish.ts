/**
 * 1.1.4: 制定下一個月的排班表，并復印給相關部門，在崗人員需人手一份。
 * Reading: next month's roster is made and handed out by the end of the previous month (inclusive,
 * 23:59:59.999 local; `leadDays` earlier if an organisation wants), and every person on duty gets a copy
 * (`everyoneHasCopy`, judged when given). The at-risk window is the previous month.
 */
import * as z from 'zod';
import { fixedDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, monthOf, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, yearMonth } from '../../kernel/schemas.js';
import { firstDayOfMonth } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const rosterPublish = defineRule({
  id: 'P14.roster-publish',
  policy: 'P14',
  clause: '1.1.4',
  seedLines: [476, 476],
  kind: 'check',
  title: { en: "Next month's roster handed to everyone on duty before the month", zh: '下月排班表月前发至在岗人员' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month the roster is for', zh: '排班表所属的月份' }),
      publishedAt: instant.optional().meta({
        description: 'when the roster was copied to the departments and staff',
        zh: '排班表抄送各部门及员工的时间',
      }),
      everyoneHasCopy: z
        .boolean()
        .optional()
        .meta({ description: 'every person on duty received a copy', zh: '每位值班人员都收到一份' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      leadDays: z
        .number()
        .int()
        .min(0)
        .max(20)
        .default(0)
        .meta({ description: 'days before the end of the previous month', zh: '上月月底前的天数' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone, -1),
  evaluate(f, ctx) {
    const period = monthOf(f.month);
    const published = atOpt(f.publishedAt);
    if (published === undefined && f.everyoneHasCopy === true) {
      throw badFact(['everyoneHasCopy'], 'copies cannot be handed out before the roster is published');
    }
    const dueDay = firstDayOfMonth(period) - 1 - ctx.params.leadDays;
    const deadline = fixedDeadline(dueDay, ctx.time.startOfMonth(period, ctx.zone, -1), ctx);
    const verdict = timedVerdict({
      deadline,
      doneAt: published,
      ctx,
      action: { en: 'roster hand-out', zh: '排班表发放' },
    });
    // Published (on time or not) without a copy for everyone on duty breaches 人手一份 as well.
    if (published !== undefined && f.everyoneHasCopy === false) {
      return {
        ...verdict,
        status: 'breached',
        explanation: {
          en: `${verdict.explanation.en}, and not everyone on duty has a copy: ${NO_PENALTY.en}`,
          zh: `${verdict.explanation.zh}，且在岗人员未能人手一份：${NO_PENALTY.zh}`,
        },
      };
    }
    return withConsequence(verdict, NO_PENALTY);
  },
});
