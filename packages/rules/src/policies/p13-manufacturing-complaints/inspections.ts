/**
 * P13's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 第九條(七) (line 436): (七)經核簽結案的“客戶抱怨處理表”第一聯質量管理部存，第二聯制造部門存，第三聯送業務部門依批示辦理，第四聯送會計科存，第五聯總經理室存。
 * 第九條(十) (line 439): (十)業務部門不得超越核決權限與客戶做任何處理的答復協議或承認。對“客戶抱怨處理表”的批示事項據以
 *   書信或電話轉答客戶(不得將“客戶抱怨處理表”影印送客戶)。 Who must approve is P13.approval-authority's; what sales
 *   said to the customer by phone, and whether a copy of the form went out, is in no desk record: only an
 *   inspection of the case file and the correspondence shows it (#18).
 * 第九條(十一) (line 440): (十一)各部門對客訴處理決議有異議時得以“簽呈”專案呈報處理。
 * 第九條(十二) (line 441): (十二)客訴資料若涉及其他公司，原物料供應商等的職責時由總經理室會同有關單位共同處理。
 * 第十三條(二)2 (line 458): 2、成品倉儲收到退貨，應依業務部送來的“成品退貨單”核對無誤后，予以簽收(如實際與成品退貨單所載不符時，得請示后依實際狀況簽收)？!俺善吠素泦巍钡诙？lián)成品倉儲存。第三聯會計科存，第四聯業務部存。
 * 第七條(二) (lines 411–414): 質量管理部 1、進行客訴案件的調查、上報以及職責人員的擬定。2、發生原因及處理、改善對策的檢查、
 *   執行、督促。3、客訴質量的檢驗確認。 The report's deadline is P13.investigation-report's; that QA did the rest
 *   (named the people responsible, checked and pressed the countermeasures, confirmed the quality) only an
 *   inspection of the case file shows (#18).
 * 第七條(三) (lines 415–421): 總經理室生產管理組 1、客訴案件的登記，處理時效管理及逾期反應… 6、…上報有關部門進行追蹤改善。
 *   Item 1 is P13.case-number's, P13.closure's and P13.overdue-action's, the improvement's tracking
 *   P13.improvement-tracking's; that the group reviewed the file, drafted the handling and the attribution,
 *   and saw the improvement through, only an inspection of the case file shows (#18).
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
export const inspectionQaDuties = inspectionRule({
  id: 'P13.inspection-qa-duties',
  policy: 'P13',
  clause: '第七條(二)',
  seedLines: [411, 414],
  item: {
    en: 'QA investigated and reported the case, named the people responsible, checked and pressed the countermeasures and confirmed the quality',
    zh: '质量管理部调查、上报客诉案件并拟定职责人员，检查、督促原因处理及改善对策，检验确认客诉质量',
  },
});

export const inspectionGmOfficeDuties = inspectionRule({
  id: 'P13.inspection-gm-office-duties',
  policy: 'P13',
  clause: '第七條(三)',
  seedLines: [415, 421],
  item: {
    en: "the GM office's production group reviewed the file, drafted the handling and the attribution, and saw the improvement through",
    zh: '总经理室生产管理组审核、调查、上报客诉资料，拟定处理方式及判定职责归属，督促改善方案并确认效果',
  },
});

export const inspectionAnswerWithinApproval = inspectionRule({
  id: 'P13.inspection-answer-within-approval',
  policy: 'P13',
  clause: '第九條(十)',
  seedLines: [439, 439],
  item: {
    en: "sales answered the customer only what the form's approver approved, by letter or phone, and sent no photocopy of the form",
    zh: '业务部门未超越核决权限答复客户，依处理表批示以书信或电话转答，未将《客户抱怨处理表》影印送客户',
  },
});

export const inspections = [
  inspectionQaDuties,
  inspectionGmOfficeDuties,
  inspectionFormCopies,
  inspectionAnswerWithinApproval,
  inspectionObjectionMemo,
  inspectionJointHandling,
  inspectionWarehouseSignoff,
] as const;
