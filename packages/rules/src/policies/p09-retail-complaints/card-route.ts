/**
 * 第十六條: 客戶投訴記錄卡的投訴流程為：1、客戶直接投訴至門店（由門店受理，如果認為投訴不成立，委婉回絕客戶，
 * 如果投訴成立，填寫《客戶投訴記錄卡》，門店能處理的直接處理，並將處理意見隨同《客戶投訴記錄卡》一起上交公司；
 * 門店不能處理的與營運主管協商處理，能共同處理的就處理，並將處理結果隨《客戶投訴記錄卡》一起上交公司；門店與營運
 * 主管不能協商處理的，將《客戶投訴記錄卡》直接上交公司營運部客服。…
 * The card's flow for a complaint made at a store, in this order: the store receives it → fills in the card →
 * (handles it itself, or consults the operations supervisor and, where they can, handles it together) → sends
 * the card to the company. Each branch ends with the card sent, so the handling, when there is one, comes
 * before it (its opinion or result goes with the card); a handling after the card was sent is too late. A
 * declined complaint (not established) has no card: it is P09.decline-reply's (第七條). Part 2 (a complaint
 * made to customer service directly) follows the handling route (P09.complaint-route).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { routeVerdict } from '../../kernel/route-verdict.js';
import { stepNames, stepsSchema, type WorkflowStep } from '../../kernel/workflow.js';

export const CARD_ROUTE_STEPS = [
  'store-received',
  'card-filled',
  'store-handled',
  'supervisor-consulted',
  'handled-with-supervisor',
  'card-sent',
] as const;

export type CardRouteStep = (typeof CARD_ROUTE_STEPS)[number];

/** The branches of 第十六條 1: none of the handling steps is required, but each comes before the card is sent. */
const HANDLING: ReadonlySet<CardRouteStep> = new Set([
  'store-handled',
  'supervisor-consulted',
  'handled-with-supervisor',
]);

const ROUTE: readonly WorkflowStep<CardRouteStep>[] = [
  {
    step: 'store-received',
    after: [],
    label: { en: 'the store receives the complaint (第十六條 1)', zh: '门店受理投诉（第十六條1）' },
  },
  {
    step: 'card-filled',
    after: ['store-received'],
    label: { en: 'the store fills in the complaint record card', zh: '门店填写《客户投诉记录卡》' },
  },
  {
    step: 'store-handled',
    after: ['card-filled'],
    label: { en: 'the store handles it itself, its opinion on the card', zh: '门店直接处理，处理意见随卡' },
  },
  {
    step: 'supervisor-consulted',
    after: ['card-filled'],
    label: { en: 'the store consults the operations supervisor', zh: '门店与营运主管协商处理' },
  },
  {
    step: 'handled-with-supervisor',
    after: ['supervisor-consulted'],
    label: { en: 'handled with the supervisor, the result on the card', zh: '与营运主管共同处理，处理结果随卡' },
  },
  {
    step: 'card-sent',
    after: ['card-filled', 'store-handled', 'supervisor-consulted', 'handled-with-supervisor'],
    label: {
      en: 'the card sent to the company (operations customer service when unresolved)',
      zh: '记录卡上交公司（未能处理的直接上交营运部客服）',
    },
  },
];

const stepEnum = z.enum(CARD_ROUTE_STEPS);

export const cardRoute = defineRule({
  id: 'P09.card-route',
  policy: 'P09',
  clause: '第十六條',
  seedLines: [246, 246],
  kind: 'check',
  title: {
    en: 'A complaint made at a store: card filled, handled by the store or with the supervisor, card sent to the company',
    zh: '门店受理的投诉：填卡、门店或会同营运主管处理、记录卡上交公司',
  },
  facts: z
    .object({
      steps: stepsSchema(CARD_ROUTE_STEPS),
      inProgress: z.boolean().default(false).meta({
        description: 'the complaint is still being handled: steps not yet taken at the end are not missing',
        zh: '投诉仍在处理中：末尾尚未进行的步骤不算缺失',
      }),
    })
    .strict(),
  params: z
    .object({
      optionalSteps: z
        .array(stepEnum)
        .max(CARD_ROUTE_STEPS.length)
        .default([...HANDLING])
        .meta({
          description:
            'steps that may be left out: by default the three handling steps (a card the store could not handle goes straight to customer service)',
          zh: '可以省略的步骤：默认为三个处理步骤（门店不能处理的，记录卡直接上交客服）',
        }),
    })
    .strict(),
  evaluate(f, ctx) {
    return routeVerdict(ROUTE, stepNames(f.steps), new Set(ctx.params.optionalSteps), f.inProgress, {
      en: 'complaint card flow',
      zh: '投诉记录卡流程',
    });
  },
});
