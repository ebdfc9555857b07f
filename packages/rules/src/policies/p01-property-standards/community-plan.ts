/**
 * 社區文化 1: 每年12月制定次年的社區文化方案。
 * 社區文化 3: 費用需業委會確認。
 * Reading: the plan for `year` is due by the end of December of the year before (a plan made earlier is on
 * time); it is complete only once the owners' committee has confirmed its costs. Unconfirmed costs keep
 * the rule open until the due time and breach it after.
 */
import * as z from 'zod';
import { fixedDeadline, judgeTimed } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, instant, year } from '../../kernel/schemas.js';
import { lastDayOfMonth } from '../../kernel/time.js';
import { consequenceOf, joinParts, periodStatus } from './period.js';

export const communityPlan = defineRule({
  id: 'P01.community-plan',
  policy: 'P01',
  clause: '社區文化 1,3',
  seedLines: [32, 34],
  kind: 'check',
  title: {
    en: "Next year's community-culture plan made in December, costs confirmed by the owners' committee",
    zh: '每年12月制定次年社区文化方案，费用经业委会确认',
  },
  facts: z
    .object({
      year: year.meta({ description: 'the year the plan is for', zh: '计划所属的年份' }),
      planMadeAt: instant.optional().meta({ description: 'when the plan was made', zh: '制定计划的时间' }),
      costsConfirmed: z.boolean().meta({
        description: "the owners' committee (業委會) confirmed the plan's costs",
        zh: '业委会已确认计划的费用',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      dueMonth: z
        .number()
        .int()
        .min(1)
        .max(12)
        .default(12)
        .meta({ description: 'due by the end of this month of the year before', zh: '须在前一年该月月底前完成' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth({ year: f.year - 1, month: 12 }, zone),
  evaluate(f, ctx) {
    const dueMonth = { year: f.year - 1, month: ctx.params.dueMonth };
    const opens = ctx.time.startOfMonth(dueMonth, ctx.zone);
    const deadline = fixedDeadline(lastDayOfMonth(dueMonth), opens, ctx);
    const due = ctx.time.localText(deadline.dueAt, ctx.zone);
    const made = atOpt(f.planMadeAt);
    const planStatus = judgeTimed(deadline, made, ctx.asOf, ctx.warningShare).status;
    let plan: Bilingual;
    if (made === undefined) {
      plan = {
        en: `the ${f.year} plan is not made yet (due ${due})`,
        zh: `${f.year}年社区文化方案尚未制定（截止${due}）`,
      };
    } else {
      const when = ctx.time.localText(made, ctx.zone);
      plan =
        planStatus === 'met'
          ? {
              en: `the ${f.year} plan was made at ${when} (due ${due})`,
              zh: `${f.year}年方案于${when}制定（截止${due}）`,
            }
          : {
              en: `the ${f.year} plan was made late, at ${when} (due ${due})`,
              zh: `${f.year}年方案于${when}才制定，已逾期（截止${due}）`,
            };
    }
    const costStatus = periodStatus(f.costsConfirmed, deadline, ctx.asOf, ctx.warningShare);
    const costs: Bilingual = f.costsConfirmed
      ? { en: "its costs are confirmed by the owners' committee", zh: '费用已经业委会确认' }
      : { en: "its costs are not confirmed by the owners' committee", zh: '费用尚未经业委会确认' };
    let status: Status = planStatus;
    if (planStatus === 'met' && costStatus !== 'met') status = costStatus;
    return {
      status,
      deadline,
      explanation: joinParts(status, [plan, costs], consequenceOf(status)),
    };
  },
});
