/**
 * 1.7: 要經常進行清理歸檔……對過期的文件資料要及時清理，無保存必要的材料，經總經理批準可做銷毀處理。
 * Only expired material with no need to keep may be destroyed, and only with the general manager's
 * approval; when both times are given, the approval must come first.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, joinClauses, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

export const destruction = defineRule({
  id: 'P02.destruction',
  policy: 'P02',
  clause: '1.7',
  seedLines: [58, 58],
  kind: 'check',
  title: {
    en: "Destroy expired documents only with the general manager's approval",
    zh: '过期文件经总经理批准方可销毁',
  },
  facts: z
    .object({
      gmApproved: z
        .boolean()
        .meta({ description: 'the general manager approved the destruction', zh: '总经理已批准销毁' }),
      expired: z.boolean().default(true).meta({
        description: 'the material is expired, with no need to keep it (過期, 無保存必要); default true',
        zh: '资料已过期、无保存必要（过期，无保存必要）；默认 true',
      }),
      approvedAt: instant.optional().meta({ description: 'when the general manager approved', zh: '总经理批准的时间' }),
      destroyedAt: instant.optional().meta({ description: 'when the material was destroyed', zh: '资料销毁的时间' }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => atOpt(f.destroyedAt) ?? atOpt(f.approvedAt),
  evaluate(f, ctx) {
    const approvedAt = atOpt(f.approvedAt);
    const destroyedAt = atOpt(f.destroyedAt);
    if (approvedAt !== undefined && !f.gmApproved) throw badFact(['approvedAt'], 'given, but gmApproved is false');
    const faults: Bilingual[] = [];
    if (!f.expired) faults.push({ en: 'the material still has to be kept', zh: '该材料仍有保存必要' });
    if (!f.gmApproved) faults.push({ en: "there is no general manager's approval", zh: '未经总经理批准' });
    if (approvedAt !== undefined && destroyedAt !== undefined && destroyedAt < approvedAt) {
      faults.push({
        en: `it was destroyed at ${ctx.time.localText(destroyedAt, ctx.zone)}, before the approval at ${ctx.time.localText(approvedAt, ctx.zone)}`,
        zh: `于${ctx.time.localText(destroyedAt, ctx.zone)}销毁，早于${ctx.time.localText(approvedAt, ctx.zone)}的批准`,
      });
    }
    if (faults.length === 0) {
      return {
        status: 'met',
        explanation: {
          en: "Destroying expired material with the general manager's approval is allowed",
          zh: '过期且无保存必要的材料，经总经理批准，可以销毁',
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `Destruction not allowed: ${joinClauses(faults).en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `不得销毁：${joinClauses(faults).zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
