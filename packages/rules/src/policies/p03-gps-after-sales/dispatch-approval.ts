/**
 * 審批: 經gps事業部經理審批《安裝任務派工單》和《維修服務單》，安排合適的維修人員。
 * 公司安裝維修人員出發前須核對安裝維修信息，準備好工具，備品配件及相關文件等。
 * Read: the division manager's approval must exist when the technician sets off (approval at the very instant
 * of departure counts as before it); `leadTime` lets an organisation require it earlier.
 */
import * as z from 'zod';
import { defineRule, type RuleContext, type Verdict } from '../../kernel/define-rule.js';
import { at, atOpt, durationText, notBefore, onBreach, round2 } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant, isoDuration } from '../../kernel/schemas.js';
import { MINUTE } from '../../kernel/time.js';

const ORDER: Readonly<Record<'installation' | 'repair', Bilingual>> = {
  installation: { en: 'installation work order', zh: '《安装任务派工单》' },
  repair: { en: 'repair service form', zh: '《维修服务单》' },
};

const facts = z
  .object({
    order: z.enum(['installation', 'repair']).optional().meta({
      description: 'installation work order (安裝任務派工單) or repair service form (維修服務單)',
      zh: '安装任务派工单或维修服务单',
    }),
    orderedAt: instant.optional().meta({
      description: 'when the order was written; approval and departure cannot precede it',
      zh: '开单时间；审批与出发不能早于此时',
    }),
    approvedAt: instant.optional().meta({
      description: 'when the GPS division manager approved it; absent: not approved',
      zh: 'GPS事业部经理批准的时间；缺省：未批准',
    }),
    departedAt: instant.meta({ description: 'when the technician set off', zh: '技术员出发的时间' }),
  })
  .strict();

const params = z
  .object({
    leadTime: isoDuration('PT0S', { min: 'PT0S', max: 'P7D' }).meta({
      description: 'how long before departure the approval must exist (seed: before departure, no margin)',
      zh: '出发前多久必须已经批准（原文：出发前，无提前量）',
    }),
  })
  .strict();

export const dispatchApproval = defineRule({
  id: 'P03.dispatch-approval',
  policy: 'P03',
  clause: '審批',
  seedLines: [91, 92],
  kind: 'check',
  title: {
    en: 'The GPS division manager approves the order before the technician sets off',
    zh: '派工须经GPS事业部经理审批后方可出发',
  },
  facts,
  params,
  startOf: (f) => at(f.departedAt),
  evaluate(f, ctx) {
    return onBreach(judge(f, ctx));
  },
});

/** The verdict before the consequence is added. */
function judge(f: z.output<typeof facts>, ctx: RuleContext<z.output<typeof params>>): Verdict<never> {
  const departed = at(f.departedAt);
  const approved = atOpt(f.approvedAt);
  const ordered = atOpt(f.orderedAt);
  if (ordered !== undefined) {
    notBefore(approved, ordered, 'approvedAt', 'orderedAt');
    notBefore(departed, ordered, 'departedAt', 'orderedAt');
  }
  const form = f.order === undefined ? { en: 'order', zh: '派工单/维修服务单' } : ORDER[f.order];
  const lead = ctx.words.ms(ctx.params.leadTime);
  const target = { value: round2(lead / MINUTE), unit: 'minute' as const, comparator: '>=' as const };
  const leave = ctx.time.localText(departed, ctx.zone);
  if (approved === undefined) {
    return {
      status: 'breached',
      target,
      explanation: {
        en: `The technician set off at ${leave} without the GPS division manager's approval of the ${form.en}; a dispatch needs it first`,
        zh: `技术人员于${leave}出发，但${form.zh}未经GPS事业部经理审批；须先审批后派工`,
      },
    };
  }
  const margin = departed - approved;
  const measured = { value: round2(margin / MINUTE), unit: 'minute' as const };
  const when = ctx.time.localText(approved, ctx.zone);
  const needed = lead === 0 ? { en: 'before departure', zh: '出发前' } : describeLead(lead);
  if (margin >= lead) {
    return {
      status: 'met',
      measured,
      target,
      explanation: {
        en: `The ${form.en} was approved at ${when}, departure at ${leave}: approved ${needed.en} as required`,
        zh: `${form.zh}于${when}审批，${leave}出发：符合${needed.zh}审批的要求`,
      },
    };
  }
  const gap = margin < 0 ? ctx.words.duration(-margin) : ctx.words.duration(lead - margin);
  return {
    status: 'breached',
    measured,
    target,
    explanation:
      margin < 0
        ? {
            en: `The technician set off at ${leave}, ${gap.en} before the ${form.en} was approved (${when}); it must be approved ${needed.en}`,
            zh: `技术人员于${leave}出发，比${form.zh}审批（${when}）早${gap.zh}；须${needed.zh}审批`,
          }
        : {
            en: `The ${form.en} was approved at ${when}, only ${ctx.words.duration(margin).en} before departure at ${leave}; it must be approved ${needed.en} (${gap.en} short)`,
            zh: `${form.zh}于${when}审批，距${leave}出发仅${ctx.words.duration(margin).zh}；须${needed.zh}审批（差${gap.zh}）`,
          },
  };
}

function describeLead(lead: number): Bilingual {
  const d = durationText(lead);
  return { en: `at least ${d.en} before departure`, zh: `出发前至少${d.zh}` };
}
