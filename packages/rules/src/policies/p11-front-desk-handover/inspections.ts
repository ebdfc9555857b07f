/**
 * P11's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1 (line 357): 1.值班期間要保持前臺物品擺放整齊，桌面清潔。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionDeskTidy = inspectionRule({
  id: 'P11.inspection-desk-tidy',
  policy: 'P11',
  clause: '1',
  seedLines: [357, 357],
  item: {
    en: 'the front-desk items are in order and the desk top clean during the duty',
    zh: '值班期间前台物品摆放整齐、桌面清洁',
  },
});

/** P11's inspection rules, in seed order. */
export const inspections = [inspectionDeskTidy] as const;
