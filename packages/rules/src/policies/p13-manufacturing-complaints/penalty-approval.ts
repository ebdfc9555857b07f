/**
 * 第十二條(二): 制造部門、業務部門及服務部的的職責歸屬單位或個人由總經理室依客訴案件發生的項目原因決定職責歸屬單位，
 * 并開立“獎罰通知單”呈總經理批準后復印三份，一份自存，一份會計單位查核，一份送處罰部門處罰獎金。
 * The bonus penalty is executed only on a 獎罰通知單 the general manager approved first, and the three copies
 * go to the GM office (自存), accounting (查核) and the penalised department.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, joinClauses, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

const COPIES = ['gm-office', 'accounting', 'penalised-department'] as const;
type Copy = (typeof COPIES)[number];

const COPY_NAMES: Readonly<Record<Copy, Bilingual>> = {
  'gm-office': { en: "the GM office's own copy", zh: '总经理室自存' },
  accounting: { en: "accounting's copy for checking", zh: '会计单位查核' },
  'penalised-department': { en: "the penalised department's copy", zh: '送处罚部门' },
};

export const penaltyApproval = defineRule({
  id: 'P13.penalty-approval',
  policy: 'P13',
  clause: '第十二條(二)',
  seedLines: [451, 451],
  kind: 'check',
  title: {
    en: 'A complaint bonus penalty is executed only on a notice the general manager approved, copied three ways',
    zh: '客诉奖金处罚须经总经理批准奖罚通知单，并复印三份分送',
  },
  facts: z
    .object({
      executedAt: instant.meta({ description: 'when the bonus penalty was executed', zh: '执行奖金处罚的时间' }),
      approvedAt: instant.optional().meta({
        description: 'when the general manager approved the 獎罰通知單; absent: no approval',
        zh: '总经理批准奖罚通知单的时间；缺省表示未批准',
      }),
      copies: z
        .array(z.enum(COPIES))
        .max(COPIES.length * 4)
        .default([])
        .meta({
          description: `where the copies of the approved notice went: ${COPIES.join(', ')}`,
          zh: '批准后的通知单复印件去向：总经理室自存、会计单位查核、处罚部门',
        }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.executedAt),
  evaluate(f, ctx) {
    const executed = at(f.executedAt);
    const approved = atOpt(f.approvedAt);
    const local = (ms: number) => ctx.time.localText(ms, ctx.zone);
    const faults: Bilingual[] = [];
    if (approved === undefined) {
      faults.push({ en: "the notice has no general manager's approval", zh: '奖罚通知单未经总经理批准' });
    } else if (approved > executed) {
      faults.push({
        en: `it was executed at ${local(executed)}, before the approval at ${local(approved)}`,
        zh: `于${local(executed)}执行，早于${local(approved)}的批准`,
      });
    }
    const given = new Set(f.copies);
    const missing = COPIES.filter((c) => !given.has(c));
    if (missing.length > 0) {
      faults.push({
        en: `copies missing: ${missing.map((c) => COPY_NAMES[c].en).join(', ')}`,
        zh: `缺少复印件：${missing.map((c) => COPY_NAMES[c].zh).join('、')}`,
      });
    }
    if (faults.length === 0) {
      return {
        status: 'met',
        explanation: {
          en: 'The bonus penalty was executed on a notice the general manager approved first, its three copies sent',
          zh: '奖金处罚依总经理批准的奖罚通知单执行，三份复印件已分送',
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `The bonus penalty was not executed as required: ${joinClauses(faults).en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `奖金处罚未按规定执行：${joinClauses(faults).zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
