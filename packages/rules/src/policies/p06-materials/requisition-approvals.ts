/**
 * 1.3.2: 業務部計劃室接到所屬現場提交的物資申請'內部聯絡單'后，與現場確認并進行核對、整理；業務部計劃室將已核對、整理完
 * '內部聯絡單'提交業務部主管審查、簽字，然后將該'內部聯絡單'提交業務部經理審批、簽字；業務部計劃室將完成所有簽字流程
 * '內部聯絡單'以傳真或掃描形式提交生產管理部，同時提交一份復印件交業務管理部備案。
 * A workflow rule: the ordered list of steps that happened; reports the first step out of order or missing, by name.
 * Read: the copy to business management goes "at the same time" (同時) as the submission to production management,
 * so the two may come in either order, but both after the manager's approval.
 */
import * as z from 'zod';
import { defineRule, type Verdict } from '../../kernel/define-rule.js';
import { NO_SANCTION } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';
import {
  checkWorkflow,
  type StepProblem as KernelProblem,
  relatedStep,
  stepNames,
  stepTime,
  type WorkflowStep,
} from '../../kernel/workflow.js';

export const STEPS = [
  'planner-check',
  'supervisor-sign',
  'manager-approve',
  'sent-to-production',
  'copy-to-business-management',
] as const;
export type Step = (typeof STEPS)[number];

const NAMES: Readonly<Record<Step, Bilingual>> = {
  'planner-check': { en: 'planner checks', zh: '计划室核对整理' },
  'supervisor-sign': { en: 'supervisor signs', zh: '业务部主管审查签字' },
  'manager-approve': { en: 'manager approves', zh: '业务部经理审批签字' },
  'sent-to-production': { en: 'sent to production management', zh: '提交生产管理部' },
  'copy-to-business-management': { en: 'copy filed with business management', zh: '复印件交业务管理部备案' },
};

/** Each step after the one before; the submission and the copy both after the approval, in either order. */
const AFTER: Readonly<Record<Step, readonly Step[]>> = {
  'planner-check': [],
  'supervisor-sign': ['planner-check'],
  'manager-approve': ['supervisor-sign'],
  'sent-to-production': ['manager-approve'],
  'copy-to-business-management': ['manager-approve'],
};

const WORKFLOW: readonly WorkflowStep<Step>[] = STEPS.map((step) => ({ step, after: AFTER[step], label: NAMES[step] }));

export interface StepProblem {
  readonly step: Step;
  /** `too-late` cannot arise with this order (only the last step can be optional); kept for the kernel's check. */
  readonly problem: 'missing' | 'out-of-order' | 'too-late' | 'repeated';
  /** Position in the list (0-based) where the problem shows; the list's length for a step missing at the end. */
  readonly index: number;
  /**
   * For `missing`: the step that came without it; for `out-of-order`: the step it should have followed; for
   * `too-late`: the step it should have preceded.
   */
  readonly relatedStep?: Step;
}

export interface ApprovalTrail {
  readonly problem: StepProblem | null;
  /** Steps in order before the first problem. */
  readonly inOrder: number;
  /** The next step due, when the trail is in order but not finished. */
  readonly nextStep?: Step;
}

/** The kernel's first problem in this rule's terms. */
function problemOf(p: KernelProblem<Step> | undefined): StepProblem | null {
  if (p === undefined) return null;
  const related = relatedStep(p);
  return { step: p.step, problem: p.kind, index: p.index, ...(related !== undefined && { relatedStep: related }) };
}

function describe(p: StepProblem): Bilingual {
  const name = NAMES[p.step];
  const related = p.relatedStep === undefined ? undefined : NAMES[p.relatedStep];
  if (p.problem === 'repeated') {
    return { en: `"${name.en}" is repeated (step ${p.index + 1})`, zh: `“${name.zh}”重复出现（第${p.index + 1}步）` };
  }
  if (p.problem === 'out-of-order') {
    return {
      en: `"${name.en}" (step ${p.index + 1}) came before "${related?.en}"`,
      zh: `“${name.zh}”（第${p.index + 1}步）早于“${related?.zh}”`,
    };
  }
  if (p.problem === 'too-late') {
    return {
      en: `"${name.en}" (step ${p.index + 1}) came after "${related?.en}"`,
      zh: `“${name.zh}”（第${p.index + 1}步）晚于“${related?.zh}”`,
    };
  }
  return related === undefined
    ? { en: `"${name.en}" is missing`, zh: `缺少“${name.zh}”` }
    : { en: `"${name.en}" is missing before "${related.en}"`, zh: `“${related.zh}”之前缺少“${name.zh}”` };
}

const stepName = z.enum(STEPS).meta({
  description: STEPS.join(' | '),
  zh: STEPS.map((step) => `${step} ${NAMES[step].zh}`).join(' | '),
});

export const requisitionApprovals = defineRule({
  id: 'P06.requisition-approvals',
  policy: 'P06',
  clause: '1.3.2',
  seedLines: [159, 161],
  kind: 'check',
  title: {
    en: 'Requisition approvals in order: planner, supervisor, manager, then production (copy to business management)',
    zh: '内部联络单审批顺序：计划室核对→主管签字→经理审批→提交生产管理部并抄送业务管理部',
  },
  facts: z
    .object({
      steps: z
        .array(
          z.union([
            stepName,
            z
              .object({
                step: stepName,
                at: instant.optional().meta({
                  description: 'when the step happened; times must not go backwards',
                  zh: '步骤发生的时间；时间不得倒退',
                }),
              })
              .strict(),
          ]),
        )
        .max(50)
        .meta({
          description: 'the steps that happened, in the order they happened: a name or { step, at? }',
          zh: '已发生的步骤，按发生顺序：名称或 { step, at? }',
        }),
      finished: z.boolean().default(true).meta({
        description: 'the requisition has gone through (default); false: steps still to come are not yet missing',
        zh: '申购单已走完流程（默认）；false：尚未到来的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      copyRequired: z.boolean().default(true).meta({
        description: 'the copy to business management is required (seed: 同時提交一份復印件)',
        zh: '须提交复印件给经营管理部（原文：同时提交一份复印件）',
      }),
    })
    .strict(),
  startOf: (f) => {
    const first = f.steps[0];
    return first === undefined ? undefined : stepTime(first);
  },
  evaluate(f, ctx): Verdict<ApprovalTrail> {
    const names = stepNames(f.steps, 'must not be before the previous step');
    const optional = new Set<Step>(ctx.params.copyRequired ? [] : ['copy-to-business-management']);
    const required = STEPS.filter((s) => !optional.has(s));
    const check = checkWorkflow(WORKFLOW, names, optional, !f.finished);
    const problem = problemOf(check.problem);
    const inOrder = check.inOrder;
    const target = { value: required.length, unit: 'step' as const, comparator: '>=' as const };
    const measured = { value: inOrder, unit: 'step' as const };
    if (problem === null) {
      const nextStep = check.next;
      if (nextStep !== undefined) {
        const next = NAMES[nextStep];
        return {
          status: 'met',
          value: { problem, inOrder, nextStep },
          measured,
          target,
          explanation: {
            en: `The ${inOrder} step(s) so far are in order; next: "${next.en}"`,
            zh: `目前${inOrder}个步骤顺序正确；下一步：“${next.zh}”`,
          },
        };
      }
      return {
        status: 'met',
        value: { problem, inOrder },
        measured,
        target,
        explanation: {
          en: `All ${required.length} approval steps happened in order`,
          zh: `全部${required.length}个审批步骤均按顺序完成`,
        },
      };
    }
    const what = describe(problem);
    return {
      status: 'breached',
      value: { problem, inOrder },
      measured,
      target,
      explanation: {
        en: `The approval trail breaks the order: ${what.en}; the requisition must be planner-checked, signed by the supervisor and approved by the manager before it goes on (${NO_SANCTION.en})`,
        zh: `审批流程不合顺序：${what.zh}；内部联络单须先经计划室核对、主管签字、经理审批后方可提交（${NO_SANCTION.zh}）`,
      },
    };
  },
});
