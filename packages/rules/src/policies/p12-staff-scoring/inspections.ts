/**
 * P12's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 3.1 (line 369): 3.1管理處經理負責對客服人員進行考核。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionAssessor = inspectionRule({
  id: 'P12.inspection-assessor',
  policy: 'P12',
  clause: '3.1',
  seedLines: [369, 369],
  item: {
    en: 'the management office manager carries out the staff assessment',
    zh: '由管理处经理对客服人员进行考核',
  },
});

/** P12's inspection rules, in seed order. */
export const inspections = [inspectionAssessor] as const;
