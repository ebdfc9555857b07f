/**
 * P06's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1.3.3 (line 163): 業務管理部收到業務部提交備案'內部聯絡單'應按業務部分類存檔;
 * 1.3.3 (line 166): 業務管理部就客服中心集中采購事宜以'內部聯絡單'形式統一提交生產管理部。
 * 1.3.5 (line 171): 根據生產管理部所下發'計劃單'，展開采購工作，并最終根據'訂單'指定供應商向現場發貨。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionSlipsFiled = inspectionRule({
  id: 'P06.inspection-slips-filed',
  policy: 'P06',
  clause: '1.3.3',
  seedLines: [163, 163],
  item: {
    en: 'liaison slips filed with business management are filed by business department',
    zh: '业务管理部收到的备案内部联络单按业务部分类存档',
  },
});

export const inspectionCentralPurchase = inspectionRule({
  id: 'P06.inspection-central-purchase',
  policy: 'P06',
  clause: '1.3.3',
  seedLines: [166, 166],
  item: {
    en: "the service centre's central purchases go to production management as a liaison slip",
    zh: '客服中心集中采购事宜以内部联络单统一提交生产管理部',
  },
});

export const inspectionPurchasePlan = inspectionRule({
  id: 'P06.inspection-purchase-plan',
  policy: 'P06',
  clause: '1.3.5',
  seedLines: [171, 171],
  item: {
    en: 'purchasing follows the plan sheet, and suppliers deliver to the site against an order',
    zh: '根据计划单采购，并根据订单指定供应商向现场发货',
  },
});

/** P06's inspection rules, in seed order. */
export const inspections = [inspectionSlipsFiled, inspectionCentralPurchase, inspectionPurchasePlan] as const;
