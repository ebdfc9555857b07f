/**
 * P14's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1.1.1 (line 473): 1.1.1客服部安排專人負責員工的考勤。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionAttendanceClerk = inspectionRule({
  id: 'P14.inspection-attendance-clerk',
  policy: 'P14',
  clause: '1.1.1',
  seedLines: [473, 473],
  item: {
    en: "a named person keeps the staff's attendance",
    zh: '由专人负责员工考勤',
  },
});

/** P14's inspection rules, in seed order. */
export const inspections = [inspectionAttendanceClerk] as const;
