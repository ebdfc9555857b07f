/**
 * 2.2 對外行文: ⑴ 部門對外的報告、請示和業務事項聯系的文件，均必須送總經理審閱后，方可外發 ⑵ 領導批轉后，原件由
 * 部門文員留存、歸檔 ⑶ 統一由部門文員負責進行編號、登記和外發事項。
 * Steps: gm-reviewed → numbered → registered → sent; filed (the original kept) after gm-reviewed. The
 * seed orders filing only after the leader's approval, so it may come before or after sending.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { routeVerdict } from '../../kernel/route-verdict.js';
import { stepNames, stepsSchema, type WorkflowStep } from '../../kernel/workflow.js';

const OUTGOING_STEPS = ['gm-reviewed', 'numbered', 'registered', 'sent', 'filed'] as const;

export type OutgoingStep = (typeof OUTGOING_STEPS)[number];

const ROUTE: readonly WorkflowStep<OutgoingStep>[] = [
  { step: 'gm-reviewed', after: [], label: { en: 'reviewed by the GM', zh: '总经理审阅' } },
  { step: 'numbered', after: ['gm-reviewed'], label: { en: 'numbered by the clerk', zh: '文员编号' } },
  { step: 'registered', after: ['numbered'], label: { en: 'registered by the clerk', zh: '文员登记' } },
  { step: 'sent', after: ['registered'], label: { en: 'sent out', zh: '外发' } },
  { step: 'filed', after: ['gm-reviewed'], label: { en: 'original kept and filed by the clerk', zh: '原件留存归档' } },
];

const stepEnum = z.enum(OUTGOING_STEPS);

export const outgoingRoute = defineRule({
  id: 'P02.outgoing-route',
  policy: 'P02',
  clause: '2.2',
  seedLines: [72, 75],
  kind: 'check',
  title: { en: 'An outgoing document is reviewed by the GM before it leaves', zh: '对外行文须经总经理审阅后外发' },
  facts: z
    .object({
      steps: stepsSchema(OUTGOING_STEPS),
      inProgress: z.boolean().default(false).meta({
        description: 'the document is still on its way: steps not yet taken at the end are not missing',
        zh: '文件仍在流转：末尾尚未进行的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      optionalSteps: z
        .array(stepEnum)
        .max(OUTGOING_STEPS.length)
        .default([])
        .meta({ description: 'steps that may be left out (none by default)', zh: '可以省略的步骤（默认没有）' }),
    })
    .strict(),
  evaluate(f, ctx) {
    return routeVerdict(ROUTE, stepNames(f.steps), new Set(ctx.params.optionalSteps), f.inProgress, {
      en: 'outgoing document',
      zh: '对外行文',
    });
  },
});
