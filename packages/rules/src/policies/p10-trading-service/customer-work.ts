/**
 * 職責 5 (line 266): 負責組織客戶的培訓和走訪重要客戶工作。
 * The department organises customer training and visits its important customers. How often the seed does not
 * say, so each has a period with no default (`not-configured` until the organisation sets it), measured from
 * the previous one; a breach is fined under (五)1 like every P10 service rule.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { judgeRound, roundFacts, roundLimit } from '../../kernel/rounds.js';
import { SERVICE_BREACH } from './service-breach.js';

const ACTIVITY = {
  training: { en: 'customer training', zh: '客户培训' },
  'key-customer-visit': { en: 'visit to important customers', zh: '走访重要客户' },
} as const;

const TRAINING_EVERY = roundLimit('P10.customer-work', 'trainingEvery', {
  en: 'customer training held',
  zh: '客户培训',
});
const VISIT_EVERY = roundLimit('P10.customer-work', 'visitEvery', {
  en: 'important customers visited',
  zh: '走访重要客户',
});

export const customerWork = defineRule({
  id: 'P10.customer-work',
  policy: 'P10',
  clause: '職責 5',
  seedLines: [266, 266],
  kind: 'check',
  title: {
    en: 'Customer training and visits to important customers, each at the period set',
    zh: '按规定周期组织客户培训和走访重要客户',
  },
  facts: z
    .object({
      activity: z.enum(['training', 'key-customer-visit']).meta({
        description: 'training (客戶的培訓) or key-customer-visit (走訪重要客戶)',
        zh: '客户培训或走访重要客户',
      }),
      ...roundFacts,
    })
    .strict(),
  params: z
    .object({
      trainingEvery: TRAINING_EVERY.schema,
      visitEvery: VISIT_EVERY.schema,
    })
    .strict(),
  startOf: (f) => at(f.previousAt ?? f.doneAt),
  evaluate(f, ctx) {
    const activity = ACTIVITY[f.activity];
    return judgeRound({
      facts: f,
      limit: f.activity === 'training' ? TRAINING_EVERY : VISIT_EVERY,
      every: f.activity === 'training' ? ctx.params.trainingEvery : ctx.params.visitEvery,
      action: activity,
      missing: [],
      clause: '職責 5',
      consequence: SERVICE_BREACH,
      ctx,
    });
  },
});
