/**
 * 1.3.3 業務管理部: 年度物資需求計劃由業務管理部負責編制，以'內部聯絡單'附件形式提交生產管理部。
 * Each year's material-requirement plan is compiled by business management and submitted to production
 * management, attached to an internal liaison slip. The seed gives no date and Kefu invents none: the
 * organisation sets `submitWithin`, counted from the start of the plan's year (a plan submitted before its
 * year begins is on time), and until it does the rule answers `not-configured`, naming the parameter.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { atOpt, onBreach, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant, year } from '../../kernel/schemas.js';

const ID = 'P06.annual-plan';

/** The seed names no date for the plan: the organisation's limit, no default. */
const SUBMIT_WITHIN = openLimit({
  ruleId: ID,
  param: 'submitWithin',
  seedWord: '年度',
  gloss: 'yearly, no date',
  example: 'P31D',
  min: 'P1D',
  max: 'P366D',
  description:
    "the plan submitted within this time of its year's start (the seed names no date, so none by default), P1D–P366D",
  zh: '年度计划须在该年开始后此时限内提交（原文未给日期，故无默认值），P1D–P366D',
});

export const annualPlan = defineRule({
  id: ID,
  policy: 'P06',
  clause: '1.3.3',
  seedLines: [165, 165],
  kind: 'check',
  title: {
    en: "Each year's material-requirement plan submitted to production management (date set by the organisation)",
    zh: '业务管理部编制年度物资需求计划并提交生产管理部',
  },
  facts: z
    .object({
      year: year.meta({ description: 'the year the plan is for', zh: '计划所属的年份' }),
      submittedAt: instant.optional().meta({
        description: 'when the plan was submitted with its liaison slip',
        zh: '计划随内部联络单提交的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed names no date (the README's "Limits the seed leaves open").
      submitWithin: SUBMIT_WITHIN.schema,
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth({ year: f.year, month: 1 }, zone),
  evaluate(f, ctx) {
    const limit = SUBMIT_WITHIN.required(ctx.params.submitWithin);
    const yearStart = ctx.time.startOfMonth({ year: f.year, month: 1 }, ctx.zone);
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(yearStart, window, {
      en: `${words.en} after ${f.year} begins (the organisation's date for the yearly plan)`,
      zh: `${f.year}年开始后${words.zh}内（本单位规定的年度计划提交时限）`,
    });
    // A plan submitted before its year begins is on time: judged as if submitted at the year's start.
    const submitted = atOpt(f.submittedAt);
    const doneAt = submitted === undefined ? undefined : Math.max(submitted, yearStart);
    return onBreach(
      timedVerdict({
        deadline,
        doneAt,
        ctx,
        action: { en: `${f.year} plan's submission`, zh: `${f.year}年度计划提交` },
      }),
    );
  },
});
