/**
 * 4.5: 工作時發生/發現問題要及時解決，疑難問題應立即上報部門負責人決定處理措施，重大問題應及時上報部門負責人和管理處經理。
 * A difficult problem goes to the department head; a major one to the department head and the office
 * manager. Who is told is checked as the seed says; how soon (立即, 及時) the seed leaves open, so each limit
 * is a parameter with no default and the rule answers `not-configured` until the organisation sets it.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, joinList, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import type { Bilingual } from '../../kernel/result.js';
import { asOfFact, instant } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

const RECIPIENTS = {
  'department-head': { en: 'the department head', zh: '部门负责人' },
  'office-manager': { en: 'the office manager', zh: '管理处经理' },
} as const satisfies Record<string, Bilingual>;
type Recipient = keyof typeof RECIPIENTS;

/** Who must hear of each kind of problem (4.5). */
const OWED: Record<'difficult' | 'major', readonly Recipient[]> = {
  difficult: ['department-head'],
  major: ['department-head', 'office-manager'],
};

/** 立即 and 及時 set no number: the organisation's limits, no default. */
const DIFFICULT_WITHIN = openLimit({
  ruleId: 'P08.escalation',
  param: 'difficultWithin',
  seedWord: '立即',
  gloss: 'at once',
  example: 'PT30M',
  min: 'PT1M',
  max: 'P7D',
  description: 'a difficult problem reported within this time (立即: the seed sets no number; no default)',
  zh: '疑难问题须在此时间内上报（立即：原文未给时限，无默认值）',
});
const MAJOR_WITHIN = openLimit({
  ruleId: 'P08.escalation',
  param: 'majorWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'PT2H',
  min: 'PT1M',
  max: 'P7D',
  description: 'a major problem reported within this time (及時: the seed sets no number; no default)',
  zh: '重大问题须在此时间内上报（及时：原文未给时限，无默认值）',
});

export const escalation = defineRule({
  id: 'P08.escalation',
  policy: 'P08',
  clause: '4.5',
  seedLines: [204, 204],
  kind: 'check',
  title: {
    en: 'Report a difficult problem to the department head, a major one to the head and the office manager',
    zh: '疑难问题立即上报部门负责人，重大问题及时上报部门负责人和管理处经理',
  },
  facts: z
    .object({
      kind: z.enum(['difficult', 'major']).meta({
        description: 'difficult (疑難) or major (重大)',
        zh: '疑难问题或重大问题',
      }),
      foundAt: instant.meta({ description: 'when the problem arose or was found', zh: '问题发生或发现的时间' }),
      reportedAt: instant.optional().meta({ description: 'when it was reported', zh: '上报的时间' }),
      reportedTo: z
        .array(z.enum(['department-head', 'office-manager']))
        .max(2)
        .default([])
        .meta({ description: 'who was told: department-head, office-manager', zh: '上报对象：部门负责人、管理处经理' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      difficultWithin: DIFFICULT_WITHIN.schema,
      majorWithin: MAJOR_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.foundAt),
  evaluate(f, ctx) {
    const found = at(f.foundAt);
    const reported = atOpt(f.reportedAt);
    notBefore(reported, found, 'reportedAt', 'foundAt');
    const limit =
      f.kind === 'difficult'
        ? DIFFICULT_WITHIN.required(ctx.params.difficultWithin)
        : MAJOR_WITHIN.required(ctx.params.majorWithin);
    const window = ctx.words.ms(limit);
    const span = ctx.words.duration(window);
    const deadline = clockDeadline(found, window, { en: `${span.en} after it arose`, zh: `发生后${span.zh}内` });
    const verdict = timedVerdict({ deadline, doneAt: reported, ctx, action: { en: 'report', zh: '上报' } });
    const missing = OWED[f.kind].filter((r) => !f.reportedTo.includes(r));
    if (reported === undefined || missing.length === 0) return withConsequence(verdict, NO_PENALTY);
    const who = joinList(missing.map((r) => RECIPIENTS[r]));
    return {
      ...verdict,
      status: 'breached',
      explanation: {
        en: `${verdict.explanation.en}, but ${who.en} was not told, as 4.5 requires: ${NO_PENALTY.en}`,
        zh: `${verdict.explanation.zh}，但未按4.5上报${who.zh}：${NO_PENALTY.zh}`,
      },
    };
  },
});
