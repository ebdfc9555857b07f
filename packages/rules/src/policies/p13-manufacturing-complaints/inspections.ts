/**
 * P13's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 第九條(七) (line 436): (七)經核簽結案的“客戶抱怨處理表”第一聯質量管理部存，第二聯制造部門存，第三聯送業務部門依批示辦理，第四聯送會計科存，第五聯總經理室存。
 * 第九條(十一) (line 440): (十一)各部門對客訴處理決議有異議時得以“簽呈”專案呈報處理。
 * 第九條(十二) (line 441): (十二)客訴資料若涉及其他公司，原物料供應商等的職責時由總經理室會同有關單位共同處理。
 * 第十三條(二)2 (line 458): 2、成品倉儲收到退貨，應依業務部送來的“成品退貨單”核對無誤后，予以簽收(如實際與成品退貨單所載不符時，得請示后依實際狀況簽收)？!俺善吠素泦巍钡诙？lián)成品倉儲存。第三聯會計科存，第四聯業務部存。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionFormCopies = inspectionRule({
  id: 'P13.inspection-form-copies',
  policy: 'P13',
  clause: '第九條(七)',
  seedLines: [436, 436],
  item: {
    en: 'the five copies of a closed complaint form went to QA, manufacturing, sales, accounting and the GM office',
    zh: '结案的《客户抱怨处理表》五联分送质量管理部、制造部门、业务部门、会计科、总经理室',
  },
});

export const inspectionObjectionMemo = inspectionRule({
  id: 'P13.inspection-objection-memo',
  policy: 'P13',
  clause: '第九條(十一)',
  seedLines: [440, 440],
  item: {
    en: 'an objection to a complaint decision is raised by a memo (簽呈)',
    zh: '对客诉处理决议有异议时以签呈专案呈报',
  },
});

export const inspectionJointHandling = inspectionRule({
  id: 'P13.inspection-joint-handling',
  policy: 'P13',
  clause: '第九條(十二)',
  seedLines: [441, 441],
  item: {
    en: 'a complaint involving another company or a supplier is handled by the GM office with the units concerned',
    zh: '涉及其他公司或原物料供应商的客诉由总经理室会同有关单位处理',
  },
});

export const inspectionWarehouseSignoff = inspectionRule({
  id: 'P13.inspection-warehouse-signoff',
  policy: 'P13',
  clause: '第十三條(二)2',
  seedLines: [458, 458],
  item: {
    en: 'the warehouse signs for returned goods only after checking them against the return form',
    zh: '成品仓储依成品退货单核对无误后签收退货',
  },
});

/** P13's inspection rules, in seed order. */
export const inspections = [
  inspectionFormCopies,
  inspectionObjectionMemo,
  inspectionJointHandling,
  inspectionWarehouseSignoff,
] as const;
