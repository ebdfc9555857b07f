/**
 * 4: 不得替任何人寄存或轉給任何物品，以及代發刊物，確有需要的，需經客務主管或部門經理批準后方可。
 * Reading: keeping, passing on or distributing for anyone is met only with the approval of the service
 * supervisor or the department manager, given before the handling when both times are known. An approval
 * by anyone else (`approvedBy: 'other'`) does not count. Nothing handled is not applicable.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

const WHAT = {
  keep: { en: 'keeping an item', zh: '寄存物品' },
  'pass-on': { en: 'passing on an item', zh: '转交物品' },
  publication: { en: 'distributing a publication', zh: '代发刊物' },
} as const;

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const itemHolding = defineRule({
  id: 'P11.item-holding',
  policy: 'P11',
  clause: '4',
  seedLines: [360, 360],
  kind: 'check',
  title: {
    en: 'Keeping or passing on items only with approval',
    zh: '寄存、转交物品或代发刊物须经批准',
  },
  facts: z
    .object({
      approved: z.boolean().meta({
        description: 'the service supervisor or the department manager approved',
        zh: '客务主管或部门经理已批准',
      }),
      approvedBy: z.enum(['service-supervisor', 'department-manager', 'other']).optional().meta({
        description: 'who approved: 客務主管, 部門經理, or someone else',
        zh: '批准人：客务主管、部门经理或他人',
      }),
      kind: z
        .enum(['keep', 'pass-on', 'publication'])
        .default('keep')
        .meta({ description: 'what the desk did', zh: '前台所做的事' }),
      handled: z.boolean().default(true).meta({
        description: 'false when the desk did not keep or pass on anything',
        zh: '前台未代存或转交任何物品时为 false',
      }),
      approvedAt: instant.optional().meta({ description: 'when the approval was given', zh: '批准的时间' }),
      handledAt: instant.optional().meta({
        description: 'when the item was taken in, passed on or distributed',
        zh: '物品收下、转交或分发的时间',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f, ctx) {
    if (!f.approved && (f.approvedBy !== undefined || f.approvedAt !== undefined)) {
      throw badFact([f.approvedBy !== undefined ? 'approvedBy' : 'approvedAt'], 'given but approved is false');
    }
    const what = WHAT[f.kind];
    if (!f.handled) {
      if (f.handledAt !== undefined) throw badFact(['handledAt'], 'nothing was handled');
      return {
        status: 'not-applicable',
        explanation: { en: 'The desk kept or passed on nothing for anyone', zh: '前台未替他人寄存或转交物品' },
      };
    }
    const breach = (en: string, zh: string) => ({
      status: 'breached' as const,
      explanation: { en: `${en}: ${NO_PENALTY.en}`, zh: `${zh}：${NO_PENALTY.zh}` },
    });
    if (!f.approved) return breach(`${capital(what.en)} for someone without approval`, `未经批准替他人${what.zh}`);
    if (f.approvedBy === 'other') {
      return breach(
        `${capital(what.en)} was approved by someone other than the service supervisor or department manager`,
        `${what.zh}的批准人不是客务主管或部门经理`,
      );
    }
    const approved = atOpt(f.approvedAt);
    const handled = atOpt(f.handledAt);
    if (approved !== undefined && handled !== undefined && approved > handled) {
      return breach(
        `${capital(what.en)} at ${ctx.time.localText(handled, ctx.zone)} came before the approval at ${ctx.time.localText(approved, ctx.zone)}`,
        `${ctx.time.localText(handled, ctx.zone)}${what.zh}，早于${ctx.time.localText(approved, ctx.zone)}的批准`,
      );
    }
    return {
      status: 'met',
      explanation: {
        en: `${capital(what.en)} was approved by the service supervisor or department manager`,
        zh: `${what.zh}已经客务主管或部门经理批准`,
      },
    };
  },
});
