/**
 * P04's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1.5⑴ (line 122): ⑴上崗前、用餐后應適當化妝、補妝，修飾。按規定著裝，儀表、儀容端莊、整潔，精神飽滿，真誠微笑。站立時，兩腳合攏，雙手交叉在前。
 * 1.5⑵ (line 123): ⑵發型應統一、規范，修剪指甲，上班時必須摘除項鏈或戒指等飾物。
 * 1.5⑶ (line 124): ⑶在規定場合應站立服務，對賓客要主動熱情，和藹可親。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionMakeUp = inspectionRule({
  id: 'P04.inspection-make-up',
  policy: 'P04',
  clause: '1.5⑴',
  seedLines: [122, 122],
  item: {
    en: 'make-up before the shift and after meals, uniform as prescribed, standing with feet together and hands crossed in front',
    zh: '上岗前、用餐后适当化妆补妆，按规定着装，站立时两脚合拢、双手交叉在前',
  },
});

export const inspectionNoJewellery = inspectionRule({
  id: 'P04.inspection-no-jewellery',
  policy: 'P04',
  clause: '1.5⑵',
  seedLines: [123, 123],
  item: {
    en: 'hair as prescribed, nails trimmed, no necklace, ring or other jewellery on duty',
    zh: '发型统一规范，修剪指甲，上班时摘除项链、戒指等饰物',
  },
});

export const inspectionStandingService = inspectionRule({
  id: 'P04.inspection-standing-service',
  policy: 'P04',
  clause: '1.5⑶',
  seedLines: [124, 124],
  item: {
    en: 'standing service where it is prescribed',
    zh: '在规定场合站立服务',
  },
});

/** P04's inspection rules, in seed order. */
export const inspections = [inspectionMakeUp, inspectionNoJewellery, inspectionStandingService] as const;
