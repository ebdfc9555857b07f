/**
 * 4.15: 根據情況，定期對業戶進行滿意度調查，并將結果進行匯總統計。
 * A satisfaction survey of the residents every period, its results summarised. The period (定期) the seed
 * leaves open: a parameter with no default, `not-configured` until the organisation sets it. (P01's
 * half-yearly survey is P01.survey-issue, with P01's own numbers.)
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { judgeRound, roundFacts, roundLimit } from '../../kernel/rounds.js';
import { NO_PENALTY } from './consequence.js';

const EVERY = roundLimit('P08.satisfaction-survey', 'every', { en: 'a satisfaction survey', zh: '满意度调查' });

export const satisfactionSurvey = defineRule({
  id: 'P08.satisfaction-survey',
  policy: 'P08',
  clause: '4.15',
  seedLines: [223, 223],
  kind: 'check',
  title: {
    en: 'A satisfaction survey of the residents every period, its results summarised',
    zh: '定期对业户进行满意度调查，并汇总统计结果',
  },
  facts: z
    .object({
      ...roundFacts,
      summarised: z.boolean().meta({ description: 'the results were summarised (匯總統計)', zh: '已汇总统计结果' }),
    })
    .strict(),
  params: z.object({ every: EVERY.schema }).strict(),
  startOf: (f) => at(f.previousAt ?? f.doneAt),
  evaluate(f, ctx) {
    return judgeRound({
      facts: f,
      limit: EVERY,
      every: ctx.params.every,
      action: { en: 'satisfaction survey', zh: '满意度调查' },
      missing: f.summarised ? [] : [{ en: 'the results summarised', zh: '汇总统计结果' }],
      clause: '4.15',
      consequence: NO_PENALTY,
      ctx,
    });
  },
});
