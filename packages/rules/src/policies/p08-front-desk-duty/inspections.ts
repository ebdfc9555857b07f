/**
 * P08's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 3.1 (line 189): 3.1客服助理負責值班工作。
 * 4.1(2) (line 193): (2)上崗時，應統一穿著工作服、佩戴胸卡，并注意保持工作區域的衛生清潔。
 * 4.1(7) (line 198): (7)嚴禁在工作時間討論業戶及公司情況，嚴格做好保密工作。
 * 4.6 (line 205): 前臺值崗人員應將工作處理過程詳細的記錄在《值班日志》中…記錄本用完后，由客服組統一保管。
 *   The torn pages and alterations are P08.log-integrity's; that every matter handled is written up in detail,
 *   and where the full books are kept, only an inspection of the log against the desk's work shows (#18).
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionDutyAssistant = inspectionRule({
  id: 'P08.inspection-duty-assistant',
  policy: 'P08',
  clause: '3.1',
  seedLines: [189, 189],
  item: {
    en: 'the duty is kept by a customer-service assistant',
    zh: '值班工作由客服助理负责',
  },
});

export const inspectionWorkAreaClean = inspectionRule({
  id: 'P08.inspection-work-area-clean',
  policy: 'P08',
  clause: '4.1(2)',
  seedLines: [193, 193],
  item: {
    en: 'the work area is kept clean',
    zh: '保持工作区域的卫生清洁',
  },
});

export const inspectionNoGossip = inspectionRule({
  id: 'P08.inspection-no-gossip',
  policy: 'P08',
  clause: '4.1(7)',
  seedLines: [198, 198],
  item: {
    en: 'residents and the company are not discussed during work; confidentiality kept',
    zh: '工作时间不讨论业户及公司情况，做好保密工作',
  },
});

export const inspectionLogDetailed = inspectionRule({
  id: 'P08.inspection-log-detailed',
  policy: 'P08',
  clause: '4.6',
  seedLines: [205, 205],
  item: {
    en: 'every matter the desk handled is written up in detail in the duty log',
    zh: '前台值岗人员将工作处理过程详细记录在《值班日志》中',
  },
});

export const inspectionLogBooksKept = inspectionRule({
  id: 'P08.inspection-log-books-kept',
  policy: 'P08',
  clause: '4.6',
  seedLines: [205, 205],
  item: {
    en: 'full duty-log books are kept together by the customer-service team',
    zh: '用完的值班日志记录本由客服组统一保管',
  },
});

/** P08's inspection rules, in seed order. */
export const inspections = [
  inspectionDutyAssistant,
  inspectionWorkAreaClean,
  inspectionNoGossip,
  inspectionLogDetailed,
  inspectionLogBooksKept,
] as const;
