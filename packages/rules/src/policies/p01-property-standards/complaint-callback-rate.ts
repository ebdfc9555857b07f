/**
 * 投訴 6: 有效投訴回訪率為100%。
 * Every valid complaint is called back; the rate is the share called back and must reach 100% (a
 * parameter). No valid complaints: nothing to call back.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { NO_SANCTION_TO_CORRECT, percentText, ratio } from '../../kernel/helpers.js';
import { count, yearMonth } from '../../kernel/schemas.js';
import { round4, shareText } from './period.js';

export const complaintCallbackRate = defineRule({
  id: 'P01.complaint-callback-rate',
  policy: 'P01',
  clause: '投訴 6',
  seedLines: [16, 16],
  kind: 'check',
  title: { en: 'Call back every valid complaint (100%)', zh: '有效投诉回访率100%' },
  facts: z
    .object({
      validComplaints: count.meta({ description: 'valid complaints in the period', zh: '期内的有效投诉数' }),
      calledBack: count.meta({ description: 'of those, the ones called back', zh: '其中已回访的数量' }),
      month: yearMonth.optional().meta({ description: 'the period, for the explanation only', zh: '期间，仅用于说明' }),
    })
    .strict(),
  params: z
    .object({
      minRate: z
        .number()
        .gt(0)
        .max(1)
        .default(1)
        .meta({ description: 'least callback rate of valid complaints', zh: '有效投诉的最低回访率' }),
    })
    .strict(),
  evaluate(f, ctx) {
    if (f.calledBack > f.validComplaints) {
      throw badFact(['calledBack'], `${f.calledBack} callbacks for only ${f.validComplaints} valid complaints`);
    }
    const period = f.month ? { en: ` in ${f.month}`, zh: `${f.month}` } : { en: '', zh: '' };
    if (f.validComplaints === 0) {
      return {
        status: 'not-applicable',
        explanation: {
          en: `No valid complaints${period.en}: nothing to call back`,
          zh: `${period.zh}无有效投诉，无需回访`,
        },
      };
    }
    const rate = ratio(f.calledBack, f.validComplaints);
    const met = rate >= ctx.params.minRate;
    const target = percentText(ctx.params.minRate);
    const text = {
      en: `${f.calledBack} of ${f.validComplaints} valid complaints${period.en} called back (${shareText(rate, ctx.params.minRate)}; ${target} required)`,
      zh: `${period.zh}有效投诉${f.validComplaints}宗，回访${f.calledBack}宗（回访率${shareText(rate, ctx.params.minRate)}，要求${target}）`,
    };
    return {
      status: met ? 'met' : 'breached',
      measured: { value: round4(rate, ctx.params.minRate), unit: 'ratio' },
      target: { value: ctx.params.minRate, unit: 'ratio', comparator: '>=' },
      explanation: met
        ? { en: `Met: ${text.en}`, zh: `达标：${text.zh}` }
        : {
            en: `Breached: ${text.en}; ${f.validComplaints - f.calledBack} still to call back (${NO_SANCTION_TO_CORRECT.en})`,
            zh: `违规：${text.zh}，尚有${f.validComplaints - f.calledBack}宗未回访（${NO_SANCTION_TO_CORRECT.zh}）`,
          },
    };
  },
});
