/** 更換 sim: 如需更換sim卡，要將新舊sim登記在《維修服務單》上。 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { onBreach } from '../../kernel/helpers.js';
import { requiredFieldsParam } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { completeness, entry } from './record.js';

const FIELDS = ['oldSim', 'newSim'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  oldSim: { en: 'old SIM number', zh: '旧SIM卡号' },
  newSim: { en: 'new SIM number', zh: '新SIM卡号' },
};

export const simSwap = defineRule({
  id: 'P03.sim-swap',
  policy: 'P03',
  clause: '更換 sim',
  seedLines: [94, 94],
  kind: 'check',
  title: { en: 'A swapped SIM records the old and new SIM numbers', zh: '更换SIM卡须登记新旧卡号' },
  facts: z
    .object({
      swapped: z
        .boolean()
        .default(true)
        .meta({ description: 'a SIM card was replaced; false: not applicable', zh: '已更换SIM卡；false：不适用' }),
      oldSim: entry.optional().meta({
        description: 'the old SIM number as registered on the repair service form',
        zh: '维修服务单上登记的旧SIM卡号',
      }),
      newSim: entry.optional().meta({
        description: 'the new SIM number as registered on the repair service form',
        zh: '维修服务单上登记的新SIM卡号',
      }),
    })
    .strict(),
  params: z
    .object({
      requiredFields: requiredFieldsParam(FIELDS).meta({
        description: 'numbers a SIM swap must register (the seed: both)',
        zh: '更换SIM卡必须登记的号码（原文：两者）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    if (!f.swapped) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No SIM card was replaced, so nothing is to be registered', zh: '未更换SIM卡，无需登记' },
      };
    }
    if (f.oldSim && f.newSim && f.oldSim === f.newSim) {
      throw badFact(['newSim'], 'must differ from oldSim: a swap replaces the card');
    }
    const required = ctx.params.requiredFields;
    return onBreach(
      completeness({
        facts: f,
        required,
        names: NAMES,
        form: { en: 'repair service form', zh: '《维修服务单》' },
      }),
    );
  },
});
