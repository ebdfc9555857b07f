/**
 * 職責 5 (line 266): 負責組織客戶的培訓和走訪重要客戶工作。
 * The department organises customer training and visits its important customers. How often the seed does not
 * say, so each has a period with no default (`not-configured` until the organisation sets it), measured from
 * the previous one; a breach is fined under (五)1 like every P10 service rule.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { everyParam, judgeRound, roundFacts } from '../../kernel/rounds.js';
import { SERVICE_BREACH } from './service-breach.js';

const ACTIVITY = {
  training: { en: 'customer training', zh: '客户培训', param: 'trainingEvery' },
  'key-customer-visit': { en: 'visit to important customers', zh: '走访重要客户', param: 'visitEvery' },
} as const;

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
      trainingEvery: everyParam({ en: 'customer training held', zh: '客户培训' }),
      visitEvery: everyParam({ en: 'important customers visited', zh: '走访重要客户' }),
    })
    .strict(),
  startOf: (f) => at(f.previousAt ?? f.doneAt),
  evaluate(f, ctx) {
    const activity = ACTIVITY[f.activity];
    return judgeRound({
      facts: f,
      every: f.activity === 'training' ? ctx.params.trainingEvery : ctx.params.visitEvery,
      ruleId: 'P10.customer-work',
      param: activity.param,
      action: activity,
      missing: [],
      clause: '職責 5',
      consequence: SERVICE_BREACH,
      ctx,
    });
  },
});
