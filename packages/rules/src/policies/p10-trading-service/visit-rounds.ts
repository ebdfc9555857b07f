/**
 * (三)走訪客戶服務 (line 323): ※定期巡回走訪客戶。對經銷商及客戶進行調查研究，以便完善今后的服務提供依據，寫出調查分析報告。
 * A round of visits to the dealers and customers every period, each with its survey analysis report
 * (調查分析報告). The period (定期) the seed leaves open: a parameter with no default, `not-configured` until
 * the organisation sets it. A breach is fined under (五)1 like every P10 service rule.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { judgeRound, roundFacts, roundLimit } from '../../kernel/rounds.js';
import { SERVICE_BREACH } from './service-breach.js';

const EVERY = roundLimit('P10.visit-rounds', 'every', { en: 'a round of customer visits', zh: '巡回走访客户' });

export const visitRounds = defineRule({
  id: 'P10.visit-rounds',
  policy: 'P10',
  clause: '(三)走訪',
  seedLines: [323, 323],
  kind: 'check',
  title: {
    en: 'A round of customer visits every period, with its survey analysis report',
    zh: '定期巡回走访客户，并写出调查分析报告',
  },
  facts: z
    .object({
      ...roundFacts,
      reportWritten: z.boolean().meta({
        description: 'the survey analysis report (調查分析報告) was written',
        zh: '已写出调查分析报告',
      }),
    })
    .strict(),
  params: z.object({ every: EVERY.schema }).strict(),
  startOf: (f) => at(f.previousAt ?? f.doneAt),
  evaluate(f, ctx) {
    return judgeRound({
      facts: f,
      limit: EVERY,
      every: ctx.params.every,
      action: { en: 'round of customer visits', zh: '巡回走访' },
      missing: f.reportWritten ? [] : [{ en: 'the survey analysis report', zh: '调查分析报告' }],
      clause: '(三)走訪',
      consequence: SERVICE_BREACH,
      ctx,
    });
  },
});
