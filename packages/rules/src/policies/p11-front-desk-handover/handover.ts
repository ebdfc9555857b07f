/**
 * 5: 下班前，須與接班的客務助理對未完成的工作與交接人做好交接;并做好前臺物品交接。
 * 6: 與接班人交接核對未發放業主的信、報、刊。 7: 前臺鑰匙每天與交接人進行交接。
 * 8: 以上交接需在《前臺交接日志》做好文字記錄。
 * Reading: a handover is met only when every item holds; each failing one is named. `itemsHandedOver`
 * (5, the desk's items) is optional and judged only when given.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinClauses } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';
import { NO_PENALTY } from './consequence.js';

export const handover = defineRule({
  id: 'P11.handover',
  policy: 'P11',
  clause: '5–8',
  seedLines: [361, 364],
  kind: 'check',
  title: { en: 'Front-desk handover, written in the handover log', zh: '前台交接并记入交接日志' },
  facts: z
    .object({
      workHandedOver: z.boolean().meta({
        description: 'unfinished work was handed over to the incoming assistant (5)',
        zh: '未完成的工作已交接给接班助理（5）',
      }),
      mailChecked: z.boolean().meta({
        description: "owners' undelivered letters, newspapers and magazines were checked (6)",
        zh: '已核对业主未送达的信件、报纸和杂志（6）',
      }),
      keysHandedOver: z
        .boolean()
        .meta({ description: 'the front-desk keys were handed over (7)', zh: '前台钥匙已交接（7）' }),
      logged: z.boolean().meta({
        description: 'the handover was written in the front-desk handover log (8)',
        zh: '交接已写入前台交接本（8）',
      }),
      itemsHandedOver: z
        .boolean()
        .optional()
        .meta({ description: "the desk's items were handed over (5)", zh: '前台物品已交接（5）' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const checks: Condition[] = [
      { ok: f.workHandedOver, fault: { en: 'unfinished work was not handed over (5)', zh: '未交接未完成的工作（5）' } },
      {
        ok: f.itemsHandedOver !== false,
        fault: { en: "the desk's items were not handed over (5)", zh: '未交接前台物品（5）' },
      },
      {
        ok: f.mailChecked,
        fault: { en: 'undelivered mail and newspapers were not checked (6)', zh: '未核对未发放的信、报、刊（6）' },
      },
      { ok: f.keysHandedOver, fault: { en: 'the desk keys were not handed over (7)', zh: '未交接前台钥匙（7）' } },
      {
        ok: f.logged,
        fault: { en: 'the handover was not written in the handover log (8)', zh: '未在《前台交接日志》中记录（8）' },
      },
    ];
    const judged = f.itemsHandedOver === undefined ? 4 : 5;
    return faultsVerdict(checks, {
      met: {
        en: `All ${judged} handover items were done and written in the handover log`,
        zh: `${judged}项交接内容均已完成并记入交接日志`,
      },
      breached: (faults) => {
        const list = joinClauses(faults);
        return {
          en: `${faults.length} of ${judged} handover items missing — ${list.en}; ${NO_PENALTY.en}`,
          zh: `${judged}项交接内容中${faults.length}项未完成——${list.zh}；${NO_PENALTY.zh}`,
        };
      },
    });
  },
});
