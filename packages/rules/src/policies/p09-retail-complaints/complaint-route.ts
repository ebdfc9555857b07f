/**
 * 第九條: 行政人事部在接到上述第一種情況的投訴記錄卡時，要確定具體受理部門，指示受理部門調查。
 * 第十條: 受理部門接到記錄卡后，應迅速查明原因。…
 * 第十一條: 受理部門將調查情況匯總，填制“投訴調查報告”，隨同原投訴書一同交主管審核后，交行政人事部。
 * 第十二條: 行政人事部收到調查報告后，經整理審核附具體意見后，呈報總經理批閱，回復受理部門。
 * 第十三條: 受理部門根據行政人事部意見，形成具體處理意見，報請上級主管審核。
 * 第十四條: 受理部門根據主管審核意見，返回營運部客服，由客服以書面或者口頭形式答復客戶。
 * Steps, in this order: department-assigned → investigated → report-reviewed → hr-opinion → gm-approved →
 * handling-opinion → opinion-reviewed → customer-answered. The general manager's approval (第十二條) comes
 * before the department forms its handling opinion, so a customer answered without it breaks the order.
 * 第十條's 迅速 (how quickly the cause is found) sets no limit and is not judged here.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { routeVerdict } from '../../kernel/route-verdict.js';
import { stepNames, stepsSchema, type WorkflowStep } from '../../kernel/workflow.js';

export const COMPLAINT_ROUTE_STEPS = [
  'department-assigned',
  'investigated',
  'report-reviewed',
  'hr-opinion',
  'gm-approved',
  'handling-opinion',
  'opinion-reviewed',
  'customer-answered',
] as const;

export type ComplaintRouteStep = (typeof COMPLAINT_ROUTE_STEPS)[number];

const ROUTE: readonly WorkflowStep<ComplaintRouteStep>[] = [
  {
    step: 'department-assigned',
    after: [],
    label: { en: 'HR-admin names the handling department (第九條)', zh: '行政人事部确定受理部门（第九條）' },
  },
  {
    step: 'investigated',
    after: ['department-assigned'],
    label: { en: 'the handling department investigates (第十條)', zh: '受理部门调查（第十條）' },
  },
  {
    step: 'report-reviewed',
    after: ['investigated'],
    label: {
      en: 'the investigation report reviewed by the supervisor, to HR-admin (第十一條)',
      zh: '投诉调查报告经主管审核后交行政人事部（第十一條）',
    },
  },
  {
    step: 'hr-opinion',
    after: ['report-reviewed'],
    label: { en: "HR-admin's opinion attached (第十二條)", zh: '行政人事部附具体意见（第十二條）' },
  },
  {
    step: 'gm-approved',
    after: ['hr-opinion'],
    label: { en: 'approved by the general manager (第十二條)', zh: '总经理批阅（第十二條）' },
  },
  {
    step: 'handling-opinion',
    after: ['gm-approved'],
    label: { en: 'the handling opinion formed (第十三條)', zh: '受理部门形成具体处理意见（第十三條）' },
  },
  {
    step: 'opinion-reviewed',
    after: ['handling-opinion'],
    label: {
      en: 'the handling opinion reviewed by the supervisor (第十三條)',
      zh: '处理意见经上级主管审核（第十三條）',
    },
  },
  {
    step: 'customer-answered',
    after: ['opinion-reviewed'],
    label: { en: 'customer service answers the customer (第十四條)', zh: '营运部客服答复客户（第十四條）' },
  },
];

const stepEnum = z.enum(COMPLAINT_ROUTE_STEPS);

export const complaintRoute = defineRule({
  id: 'P09.complaint-route',
  policy: 'P09',
  clause: '第九條–第十四條',
  seedLines: [239, 244],
  kind: 'check',
  title: {
    en: 'A retail complaint follows the handling route, step by step, with the approvals',
    zh: '零售投诉按规定程序处理，逐级审核批阅',
  },
  facts: z
    .object({
      steps: stepsSchema(COMPLAINT_ROUTE_STEPS),
      inProgress: z.boolean().default(false).meta({
        description: 'the complaint is still being handled: steps not yet taken at the end are not missing',
        zh: '投诉仍在处理中：末尾尚未进行的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      optionalSteps: z.array(stepEnum).max(COMPLAINT_ROUTE_STEPS.length).default([]).meta({
        description: 'steps that may be left out (the seed requires every one)',
        zh: '可以省略的步骤（制度要求每一步都有）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    return routeVerdict(ROUTE, stepNames(f.steps), new Set(ctx.params.optionalSteps), f.inProgress, {
      en: 'complaint route',
      zh: '投诉处理流程',
    });
  },
});
