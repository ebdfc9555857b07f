/**
 * The complaint categories P09.legitimate and P09.routing share: the seven kinds of 第三條 (line 232), the
 * finer kinds 第八條 routes (line 238), and the two 第七條 (line 237) declines. One vocabulary, so a
 * complaint classified once can be both judged in scope and routed.
 */
import type { Bilingual } from '../../kernel/result.js';

export const categoryIds = [
  'quality-defect',
  'delivery-date',
  'not-as-contracted',
  'out-of-tolerance',
  'transit-damage',
  'bad-packing',
  'other-breach',
  'sample-mismatch',
  'contract-dispute',
  'shipping-procedure',
  'customer-cause',
  'out-of-scope',
] as const;

export type Category = (typeof categoryIds)[number];

export type Route = 'hr-admin' | 'management' | 'domestic-sales-rules';

interface CategoryInfo {
  readonly name: Bilingual;
  /** Item of 第三條 the category falls under; undefined when it is outside the scope. */
  readonly item: number | undefined;
  /** The route 第八條 names for it; undefined when 第八條 is silent. */
  readonly route: Route | undefined;
}

export const categories: Readonly<Record<Category, CategoryInfo>> = {
  'quality-defect': { name: { en: 'a quality defect', zh: '产品品质缺陷' }, item: 1, route: 'hr-admin' },
  'delivery-date': { name: { en: 'the delivery date', zh: '产品交期' }, item: 2, route: undefined },
  'not-as-contracted': {
    name: {
      en: 'goods whose spec, grade or quantity is not as contracted',
      zh: '规格、等级、数量与合同或货物清单不符',
    },
    item: 3,
    route: 'hr-admin',
  },
  'out-of-tolerance': {
    name: { en: 'goods out of tolerance', zh: '技术规格超过允许误差' },
    item: 4,
    route: 'hr-admin',
  },
  'transit-damage': { name: { en: 'transit damage', zh: '运输途中受损' }, item: 5, route: undefined },
  'bad-packing': { name: { en: 'damage from bad packing', zh: '包装不良造成损坏' }, item: 6, route: undefined },
  'other-breach': {
    name: { en: 'another quality problem or contract breach', zh: '其他品质问题或违反合同问题' },
    item: 7,
    route: undefined,
  },
  // 第八條 1 names 現品與樣品不符 beside the quality defects; 第三條 holds it under item 7 (其他品質問題).
  'sample-mismatch': {
    name: { en: 'goods not matching the sample', zh: '现品与样品不符' },
    item: 7,
    route: 'hr-admin',
  },
  'contract-dispute': { name: { en: 'a pure contract dispute', zh: '纯属合同纠纷' }, item: 7, route: 'management' },
  'shipping-procedure': {
    name: { en: 'a shipping-procedure problem', zh: '发货手续问题' },
    item: 7,
    route: 'domestic-sales-rules',
  },
  'customer-cause': { name: { en: "the customer's own cause", zh: '属客户原因' }, item: undefined, route: undefined },
  'out-of-scope': {
    name: { en: 'something outside the listed scope', zh: '不属所列范围' },
    item: undefined,
    route: undefined,
  },
};

export const routeNames: Readonly<Record<Route, Bilingual>> = {
  'hr-admin': {
    en: 'a complaint record card to HR and administration, which names the handling department',
    zh: '填制投诉记录卡送行政人事部，由其确定受理部门',
  },
  management: {
    en: "a complaint record card with the handling opinion to the company's leadership for a ruling",
    zh: '填制投诉记录卡并附处理意见，送公司有关领导裁定',
  },
  'domestic-sales-rules': {
    en: 'handled under the domestic-sales rules',
    zh: '依照内销处理办法处理',
  },
};
