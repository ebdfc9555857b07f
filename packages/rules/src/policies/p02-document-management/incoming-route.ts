/**
 * 2.1 外部來文: ⑴ 統一由辦公室簽收 ⑵ 及時進行分類、登記和分發傳遞 ⑶ 原則上先送總經理閱批 ⑷ 根據總經理批示，
 * 逐一傳遞各部門經理傳閱 ⑸ 送達文件辦理部門，并催促辦理 ⑹ 承辦過程中若有疑問，應及時請示 ⑺ 閱文人及承辦人應
 * 填寫承辦結果和報告，連同原文退回秘書處存檔。
 * Steps, in this order: signed-in → classified → registered → gm-reviewed → circulated → delivered →
 * (queried, optional, any number of times) → handled → result-written → filed.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { routeVerdict } from '../../kernel/route-verdict.js';
import { stepNames, stepsSchema, type WorkflowStep } from '../../kernel/workflow.js';

export const INCOMING_STEPS = [
  'signed-in',
  'classified',
  'registered',
  'gm-reviewed',
  'circulated',
  'delivered',
  'queried',
  'handled',
  'result-written',
  'filed',
] as const;

export type IncomingStep = (typeof INCOMING_STEPS)[number];

const ROUTE: readonly WorkflowStep<IncomingStep>[] = [
  { step: 'signed-in', after: [], label: { en: 'signed in by the office', zh: '办公室签收' } },
  { step: 'classified', after: ['signed-in'], label: { en: 'classified', zh: '分类' } },
  { step: 'registered', after: ['classified'], label: { en: 'registered', zh: '登记' } },
  { step: 'gm-reviewed', after: ['registered'], label: { en: 'read and instructed by the GM', zh: '总经理阅批' } },
  {
    step: 'circulated',
    after: ['gm-reviewed'],
    label: { en: 'circulated to the department managers', zh: '各部门经理传阅' },
  },
  {
    step: 'delivered',
    after: ['circulated'],
    label: { en: 'delivered to the handling department', zh: '送达办理部门' },
  },
  { step: 'queried', after: ['delivered'], repeatable: true, label: { en: 'instructions asked for', zh: '请示' } },
  { step: 'handled', after: ['delivered', 'queried'], label: { en: 'handled', zh: '办理完毕' } },
  { step: 'result-written', after: ['handled'], label: { en: 'result and report written', zh: '填写承办结果和报告' } },
  {
    step: 'filed',
    after: ['result-written'],
    label: { en: 'returned with the original to the secretariat for filing', zh: '连同原文退回秘书处存档' },
  },
];

const stepEnum = z.enum(INCOMING_STEPS);

export const incomingRoute = defineRule({
  id: 'P02.incoming-route',
  policy: 'P02',
  clause: '2.1',
  seedLines: [64, 71],
  kind: 'check',
  title: { en: 'An incoming document follows the route, step by step', zh: '外部来文按规定程序流转' },
  facts: z
    .object({
      steps: stepsSchema(INCOMING_STEPS),
      inProgress: z.boolean().default(false).meta({
        description: 'the document is still on its way: steps not yet taken at the end are not missing',
        zh: '文件仍在流转：末尾尚未进行的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      optionalSteps: z.array(stepEnum).max(INCOMING_STEPS.length).default(['queried']).meta({
        description: 'steps that may be left out (⑹ asking for instructions only when in doubt)',
        zh: '可以省略的步骤（⑹ 仅在有疑问时请示）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    return routeVerdict(ROUTE, stepNames(f.steps), new Set(ctx.params.optionalSteps), f.inProgress, {
      en: 'incoming document',
      zh: '外部来文',
    });
  },
});
