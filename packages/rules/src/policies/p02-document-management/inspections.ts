/**
 * P02's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1.1 (line 52): 1.1客服部文員負責客服部所有文件(通知、制度、命令、公函、總結、報告、通報、會議紀要、政府紀要、政府法規等)的收集存檔和保管。
 * 1.2 (line 53): 1.2文員、助理負責各部門文件及資料(技術圖紙、說明書、手冊、業戶檔案、車輛檔案、工作聯絡單、通知、報告、公函、總結、會議紀要等)的收集、存檔和保管。
 * 1.6 (line 57): 1.6文件資料等要進行字母順序還是按內容、按時間等形式分類，其目的都要使查找迅速方便，因此都必須在檔案夾里清楚地標明。
 * 2.4 (line 79): 2.4不論外部行文或內部行文，一律由秘書、文員、內勤傳遞。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionDepartmentFiling = inspectionRule({
  id: 'P02.inspection-department-filing',
  policy: 'P02',
  clause: '1.1',
  seedLines: [52, 52],
  item: {
    en: "the service department's clerk collects, files and keeps all its documents",
    zh: '客服部文员负责客服部所有文件的收集、存档和保管',
  },
});

export const inspectionRecordsFiling = inspectionRule({
  id: 'P02.inspection-records-filing',
  policy: 'P02',
  clause: '1.2',
  seedLines: [53, 53],
  item: {
    en: "clerks and assistants collect, file and keep each department's documents and records",
    zh: '文员、助理负责各部门文件及资料的收集、存档和保管',
  },
});

export const inspectionFoldersLabelled = inspectionRule({
  id: 'P02.inspection-folders-labelled',
  policy: 'P02',
  clause: '1.6',
  seedLines: [57, 57],
  item: {
    en: 'documents are classified and every folder is clearly labelled',
    zh: '文件资料分类，档案夹上标明清楚',
  },
});

export const inspectionCourier = inspectionRule({
  id: 'P02.inspection-courier',
  policy: 'P02',
  clause: '2.4',
  seedLines: [79, 79],
  item: {
    en: 'documents, outgoing or internal, are carried only by secretaries, clerks or office staff',
    zh: '外部或内部行文一律由秘书、文员、内勤传递',
  },
});

/** P02's inspection rules, in seed order. */
export const inspections = [
  inspectionDepartmentFiling,
  inspectionRecordsFiling,
  inspectionFoldersLabelled,
  inspectionCourier,
] as const;
