/**
 * 3: 不得向任何人透露用戶電話號碼，確有需要的，需經客務主管批準后方可。
 * Reading: a disclosure is met only with the service supervisor's approval given before it (when both
 * times are known, approval at the same instant counts); no disclosure is not applicable.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const disclosure = defineRule({
  id: 'P11.disclosure',
  policy: 'P11',
  clause: '3',
  seedLines: [359, 359],
  kind: 'check',
  title: {
    en: "A resident's phone number only with the service supervisor's approval",
    zh: '透露用户电话号码须经客务主管批准',
  },
  facts: z
    .object({
      supervisorApproved: z
        .boolean()
        .meta({ description: 'the service supervisor (客務主管) approved the disclosure', zh: '客务主管已批准透露' }),
      disclosed: z
        .boolean()
        .default(true)
        .meta({ description: "a resident's phone number was given out", zh: '透露了住户的电话号码' }),
      approvedAt: instant.optional().meta({ description: 'when the supervisor approved', zh: '主管批准的时间' }),
      disclosedAt: instant.optional().meta({ description: 'when the number was given out', zh: '透露号码的时间' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f, ctx) {
    if (f.approvedAt !== undefined && !f.supervisorApproved) {
      throw badFact(['approvedAt'], 'an approval time needs supervisorApproved: true');
    }
    if (!f.disclosed) {
      if (f.disclosedAt !== undefined) throw badFact(['disclosedAt'], 'a number not given out has no disclosure time');
      return {
        status: 'not-applicable',
        explanation: { en: "No resident's phone number was given out", zh: '未透露用户电话号码' },
      };
    }
    const approved = atOpt(f.approvedAt);
    const disclosed = atOpt(f.disclosedAt);
    if (!f.supervisorApproved) {
      return {
        status: 'breached',
        explanation: {
          en: `A resident's phone number was given out without the service supervisor's approval: ${NO_PENALTY.en}`,
          zh: `未经客务主管批准透露了用户电话号码：${NO_PENALTY.zh}`,
        },
      };
    }
    if (approved !== undefined && disclosed !== undefined && approved > disclosed) {
      return {
        status: 'breached',
        explanation: {
          en: `The number was given out at ${ctx.time.localText(disclosed, ctx.zone)}, before the approval at ${ctx.time.localText(approved, ctx.zone)}; approval must come first: ${NO_PENALTY.en}`,
          zh: `于${ctx.time.localText(disclosed, ctx.zone)}透露号码，而批准在${ctx.time.localText(approved, ctx.zone)}，须先批准后透露：${NO_PENALTY.zh}`,
        },
      };
    }
    return {
      status: 'met',
      explanation: {
        en: "The resident's phone number was given out with the service supervisor's approval",
        zh: '经客务主管批准后透露用户电话号码',
      },
    };
  },
});
