/**
 * P09's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 第五條 (line 234–235): 第五條營運部客服所屬職責:1.確定投訴案件是否受理。 2.迅速發出處理通知，督促盡快解決。 3根據有關資料，裁決有關爭議事項。 4.盡快答復客戶。 5.決定投訴處理之外的有關事項。
 * 第二十五條 (line 255): 第二十五條本辦法所涉及到的投訴，以營運部客服為主，行政人事部負責案件的檢查、監督、落實與協調。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionServiceDuties = inspectionRule({
  id: 'P09.inspection-service-duties',
  policy: 'P09',
  clause: '第五條',
  seedLines: [234, 235],
  item: {
    en: 'customer service decides acceptance, sends handling notices, rules on disputes and answers the customer',
    zh: '营运部客服确定是否受理、发出处理通知、裁决争议事项并答复客户',
  },
});

export const inspectionCaseSupervision = inspectionRule({
  id: 'P09.inspection-case-supervision',
  policy: 'P09',
  clause: '第二十五條',
  seedLines: [255, 255],
  item: {
    en: 'HR-admin checks, supervises, follows through and coordinates the cases',
    zh: '行政人事部负责投诉案件的检查、监督、落实与协调',
  },
});

/** P09's inspection rules, in seed order. */
export const inspections = [inspectionServiceDuties, inspectionCaseSupervision] as const;
