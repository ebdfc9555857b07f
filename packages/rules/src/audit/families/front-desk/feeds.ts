/**
 * The rules the front desk events feed: the records judged on their own line (visitor registration, goods
 * release, a non-owner's entry, a community activity, record forms, duty-log inspection, problems reported up,
 * unit procedures, enquiries answered, letters and visits closed (P05 四), a day's duty records (P08 5.1–5.3),
 * patrol findings, the rounds of duties done 定期, the P12 assessment forms) and the month tallies judged when the month closes (household visits, training).
 */
import { communityActivity } from '../../../policies/p01-property-standards/community-activity.js';
import { goodsRelease } from '../../../policies/p01-property-standards/goods-release.js';
import { householdVisits } from '../../../policies/p01-property-standards/household-visits.js';
import { idRegistration } from '../../../policies/p01-property-standards/id-registration.js';
import { records } from '../../../policies/p01-property-standards/records.js';
import { training } from '../../../policies/p01-property-standards/training.js';
import { visitorEntry } from '../../../policies/p01-property-standards/visitor-entry.js';
import { letterVisitReply } from '../../../policies/p05-service-duties/letter-visit-reply.js';
import { enquiryReply } from '../../../policies/p08-front-desk-duty/enquiry-reply.js';
import { escalation } from '../../../policies/p08-front-desk-duty/escalation.js';
import { keyReconciliation } from '../../../policies/p08-front-desk-duty/key-reconciliation.js';
import { logIntegrity } from '../../../policies/p08-front-desk-duty/log-integrity.js';
import { patrolFollowUp } from '../../../policies/p08-front-desk-duty/patrol-follow-up.js';
import { records as dutyRecords } from '../../../policies/p08-front-desk-duty/records.js';
import { satisfactionSurvey } from '../../../policies/p08-front-desk-duty/satisfaction-survey.js';
import { unitProcedure } from '../../../policies/p08-front-desk-duty/unit-procedure.js';
import { customerWork } from '../../../policies/p10-trading-service/customer-work.js';
import { visitRegistration } from '../../../policies/p10-trading-service/visit-registration.js';
import { visitRounds } from '../../../policies/p10-trading-service/visit-rounds.js';
import { assessmentForms } from '../../../policies/p12-staff-scoring/assessment-forms.js';
import type { Feed } from '../family.js';

export const feeds: readonly Feed[] = [
  { rule: idRegistration, reads: ['visitor-registered'] },
  { rule: goodsRelease, reads: ['goods-released'] },
  { rule: visitorEntry, reads: ['visitor-admitted'] },
  { rule: householdVisits, reads: ['household-visited'] },
  { rule: training, reads: ['training-planned', 'training-held'] },
  { rule: communityActivity, reads: ['community-activity-held'] },
  { rule: records, reads: ['records-checked'] },
  { rule: logIntegrity, reads: ['log-inspected'] },
  // P08 5.1–5.3: a day's duty log, handover records and job sheets, judged on the check's line.
  { rule: dutyRecords, reads: ['duty-records-checked'] },
  { rule: visitRegistration, reads: ['customer-visit'] },
  { rule: escalation, reads: ['problem-reported'] },
  { rule: unitProcedure, reads: ['unit-procedure-done'] },
  { rule: enquiryReply, reads: ['enquiry-answered'] },
  // P05 四: a letter or visit closed with its reply and follow-up, judged on its line.
  { rule: letterVisitReply, reads: ['letter-visit-closed'] },
  { rule: patrolFollowUp, reads: ['patrol-finding-closed'] },
  // The duties done 定期, each round on its own line (`round-done` names the rule).
  { rule: keyReconciliation, reads: ['round-done'] },
  { rule: satisfactionSurvey, reads: ['round-done'] },
  { rule: customerWork, reads: ['round-done'] },
  { rule: visitRounds, reads: ['round-done'] },
  { rule: assessmentForms, reads: ['assessment-forms-checked'] },
];
