/**
 * P03's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 職責 (line 87): 認真保管和維護安裝維護資料和工具。
 * 流程 (line 92): 公司安裝維修人員出發前須核對安裝維修信息，準備好工具，備品配件及相關文件等。
 * 流程 (line 96): 公司安裝維修人員在服務過程中必須要做到誠心、精心、細心，不損壞其他物品。
 * 權限 (line 107): 對使用的材料工具及資料嚴格控制和保管。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionToolsKept = inspectionRule({
  id: 'P03.inspection-tools-kept',
  policy: 'P03',
  clause: '職責',
  seedLines: [87, 87],
  item: {
    en: 'installation and maintenance records and tools are kept and maintained',
    zh: '认真保管和维护安装维护资料和工具',
  },
});

export const inspectionPreDeparture = inspectionRule({
  id: 'P03.inspection-pre-departure',
  policy: 'P03',
  clause: '流程',
  seedLines: [92, 92],
  item: {
    en: 'before leaving, the job details are checked and tools, spares and documents prepared',
    zh: '出发前核对安装维修信息，准备好工具、备品配件及相关文件',
  },
});

export const inspectionNoDamage = inspectionRule({
  id: 'P03.inspection-no-damage',
  policy: 'P03',
  clause: '流程',
  seedLines: [96, 96],
  item: {
    en: 'nothing else is damaged while serving',
    zh: '服务过程中不损坏其他物品',
  },
});

export const inspectionMaterialsControl = inspectionRule({
  id: 'P03.inspection-materials-control',
  policy: 'P03',
  clause: '權限',
  seedLines: [107, 107],
  item: {
    en: 'materials, tools and records in use are strictly controlled and kept',
    zh: '对使用的材料工具及资料严格控制和保管',
  },
});

/** P03's inspection rules, in seed order. */
export const inspections = [
  inspectionToolsKept,
  inspectionPreDeparture,
  inspectionNoDamage,
  inspectionMaterialsControl,
] as const;
