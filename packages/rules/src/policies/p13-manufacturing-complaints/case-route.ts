/**
 * 第九條(三): 總經理室生產管理組接到業務部門的“客戶抱怨處理表”后即編列客訴編號并登記于“客戶抱怨案件登記追蹤表”后，
 * 送質量管理部追查分析原因及判定職責歸屬部門后，送生產單位分析異常原因并擬定處理對策，并送經理室批示意見，另依異常
 * 狀況送研發部提示意見，再送回總經理室查核后送回業務部門擬定處理意見，再根據總經理室的綜合意見后，依核決權限再送回
 * 業務部依批示處理。
 * (四): 業務人員收到總經理室送回的“客戶抱怨處理表”時，應立即向客戶說明、交涉，并將處理結果填入表中，經主管核閱后
 * 送回總經理室。
 * (五): 總經理室生產管理組接到業務部填具交涉結果的“客戶抱怨處理表”后…作成綜合意見，依據核決權限分送…核決。
 * Steps, in this order: registered → quality-analysed → production-analysed → manager-instructed →
 * (rnd-advised, as the defect requires) → gm-office-checked → sales-opinion → negotiated → result-reviewed →
 * combined-opinion → approved → returned-to-sales. Reading: (三) compresses what (四) and (五) spell out —
 * sales drafts its opinion and negotiates, its supervisor reviews the result, the GM office combines the
 * opinions, the approver of the amount decides (第十一條) and the form goes back to sales to carry out.
 * The times ((四) 立即, (五) one day) are not judged here: P13.opinion judges the day.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { routeVerdict } from '../../kernel/route-verdict.js';
import { stepNames, stepsSchema, type WorkflowStep } from '../../kernel/workflow.js';

export const CASE_ROUTE_STEPS = [
  'registered',
  'quality-analysed',
  'production-analysed',
  'manager-instructed',
  'rnd-advised',
  'gm-office-checked',
  'sales-opinion',
  'negotiated',
  'result-reviewed',
  'combined-opinion',
  'approved',
  'returned-to-sales',
] as const;

export type CaseRouteStep = (typeof CASE_ROUTE_STEPS)[number];

const ROUTE: readonly WorkflowStep<CaseRouteStep>[] = [
  {
    step: 'registered',
    after: [],
    label: { en: 'numbered and registered by the GM office', zh: '总经理室编列客诉编号并登记于登记追踪表' },
  },
  {
    step: 'quality-analysed',
    after: ['registered'],
    label: { en: 'cause and responsibility analysed by QA', zh: '质量管理部追查原因、判定职责归属' },
  },
  {
    step: 'production-analysed',
    after: ['quality-analysed'],
    label: { en: 'cause analysed and countermeasure drafted by production', zh: '生产单位分析原因并拟定对策' },
  },
  {
    step: 'manager-instructed',
    after: ['production-analysed'],
    label: { en: "the manager's instruction", zh: '经理室批示意见' },
  },
  {
    step: 'rnd-advised',
    after: ['manager-instructed'],
    label: { en: "R&D's advice, as the defect requires", zh: '依异常状况送研发部提示意见' },
  },
  {
    step: 'gm-office-checked',
    after: ['manager-instructed', 'rnd-advised'],
    label: { en: 'checked by the GM office', zh: '送回总经理室查核' },
  },
  {
    step: 'sales-opinion',
    after: ['gm-office-checked'],
    label: { en: "sales' handling opinion drafted", zh: '业务部门拟定处理意见' },
  },
  {
    step: 'negotiated',
    after: ['sales-opinion'],
    label: { en: 'explained to the customer, the result entered on the form', zh: '向客户说明、交涉并填入处理结果' },
  },
  {
    step: 'result-reviewed',
    after: ['negotiated'],
    label: { en: 'the result reviewed by the sales supervisor, back to the GM office', zh: '经主管核阅后送回总经理室' },
  },
  {
    step: 'combined-opinion',
    after: ['result-reviewed'],
    label: { en: "the GM office's combined opinion", zh: '总经理室作成综合意见' },
  },
  {
    step: 'approved',
    after: ['combined-opinion'],
    label: { en: 'approved at the authority for the amount', zh: '依核决权限核决' },
  },
  {
    step: 'returned-to-sales',
    after: ['approved'],
    label: { en: 'back to sales to carry out as approved', zh: '送回业务部依批示处理' },
  },
];

const stepEnum = z.enum(CASE_ROUTE_STEPS);

export const caseRoute = defineRule({
  id: 'P13.case-route',
  policy: 'P13',
  clause: '第九條(三)(四)(五)',
  seedLines: [432, 434],
  kind: 'check',
  title: {
    en: 'A manufacturing complaint follows the case route, step by step, with its review and approval',
    zh: '制造业客诉按规定流程处理，经主管核阅并依核决权限核决',
  },
  facts: z
    .object({
      steps: stepsSchema(CASE_ROUTE_STEPS),
      inProgress: z.boolean().default(false).meta({
        description: 'the case is still being handled: steps not yet taken at the end are not missing',
        zh: '客诉仍在处理中：末尾尚未进行的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      optionalSteps: z.array(stepEnum).max(CASE_ROUTE_STEPS.length).default(['rnd-advised']).meta({
        description: "steps that may be left out (R&D's advice only as the defect requires: 依異常狀況)",
        zh: '可以省略的步骤（研发部意见仅依异常状况需要）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    return routeVerdict(ROUTE, stepNames(f.steps), new Set(ctx.params.optionalSteps), f.inProgress, {
      en: 'complaint case route',
      zh: '客诉处理流程',
    });
  },
});
