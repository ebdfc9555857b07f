/**
 * P07's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 1 (line 179): 1.代售的電影票及代售金額由前臺接待員負責保管。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionTicketCustody = inspectionRule({
  id: 'P07.inspection-ticket-custody',
  policy: 'P07',
  clause: '1',
  seedLines: [179, 179],
  item: {
    en: 'the tickets on consignment and their takings are kept by the front-desk receptionist',
    zh: '代售电影票及代售金额由前台接待员保管',
  },
});

/** P07's inspection rules, in seed order. */
export const inspections = [inspectionTicketCustody] as const;
