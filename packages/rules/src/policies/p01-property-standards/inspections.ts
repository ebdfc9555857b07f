/**
 * P01's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 行為 1 (line 21): 1、熟練應運標準的規范用語:您好、請、謝謝、對不起、再見。
 * 行為 5 (line 25): 5、工作臺上不擺放與工作無關的資料和物品。
 * 行為 6 (line 26): 6、工作間整齊、清潔、資料擺放整齊、有序。
 * 行為 10 (line 30): 10、工作時間內不得與他人交談工作以外的事情，不得抱業戶的小孩。
 * 質量記錄 4 (line 49): 質量記錄真實性和準確性。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionStandardPhrases = inspectionRule({
  id: 'P01.inspection-standard-phrases',
  policy: 'P01',
  clause: '行為 1',
  seedLines: [21, 21],
  item: {
    en: 'the standard phrases are used: hello, please, thank you, sorry, goodbye',
    zh: '熟练运用规范用语：您好、请、谢谢、对不起、再见',
  },
});

export const inspectionDeskClear = inspectionRule({
  id: 'P01.inspection-desk-clear',
  policy: 'P01',
  clause: '行為 5',
  seedLines: [25, 25],
  item: {
    en: 'nothing unrelated to work lies on the desk',
    zh: '工作台上不摆放与工作无关的资料和物品',
  },
});

export const inspectionWorkroomTidy = inspectionRule({
  id: 'P01.inspection-workroom-tidy',
  policy: 'P01',
  clause: '行為 6',
  seedLines: [26, 26],
  item: {
    en: 'the workroom is tidy and clean, its papers in order',
    zh: '工作间整齐、清洁，资料摆放整齐、有序',
  },
});

export const inspectionNoChildHeld = inspectionRule({
  id: 'P01.inspection-no-child-held',
  policy: 'P01',
  clause: '行為 10',
  seedLines: [30, 30],
  item: {
    en: "no resident's child is held on duty",
    zh: '工作时间不抱业户的小孩',
  },
});

export const inspectionRecordsTrue = inspectionRule({
  id: 'P01.inspection-records-true',
  policy: 'P01',
  clause: '質量記錄 4',
  seedLines: [49, 49],
  item: {
    en: 'the quality records are true and accurate (cross-checked)',
    zh: '质量记录真实、准确（经核对）',
  },
});

/** P01's inspection rules, in seed order. */
export const inspections = [
  inspectionStandardPhrases,
  inspectionDeskClear,
  inspectionWorkroomTidy,
  inspectionNoChildHeld,
  inspectionRecordsTrue,
] as const;
