/** P08 Front-desk duty (房地產客服管理制度篇八, seed lines 186–228). */
import { definePolicy } from '../../kernel/policy.js';
import { dailyLogCheck } from './daily-log-check.js';
import { engineerArrival } from './engineer-arrival.js';
import { enquiryReply } from './enquiry-reply.js';
import { escalation } from './escalation.js';
import { handover } from './handover.js';
import { handoverArrival } from './handover-arrival.js';
import { handoverTidy } from './handover-tidy.js';
import { inspections } from './inspections.js';
import { keepPost } from './keep-post.js';
import { keyReconciliation } from './key-reconciliation.js';
import { logIntegrity } from './log-integrity.js';
import { monthlyCallback } from './monthly-callback.js';
import { onDutyConduct } from './on-duty-conduct.js';
import { openRepairs } from './open-repairs.js';
import { ownerCall } from './owner-call.js';
import { patrolFollowUp } from './patrol-follow-up.js';
import { phoneAnswer } from './phone-answer.js';
import { records } from './records.js';
import { repairFeedback } from './repair-feedback.js';
import { residentFiles } from './resident-files.js';
import { satisfactionSurvey } from './satisfaction-survey.js';
import { unitProcedure } from './unit-procedure.js';

export * from './inspections.js';
export {
  dailyLogCheck,
  engineerArrival,
  enquiryReply,
  escalation,
  handover,
  handoverArrival,
  handoverTidy,
  keepPost,
  keyReconciliation,
  logIntegrity,
  monthlyCallback,
  onDutyConduct,
  openRepairs,
  ownerCall,
  patrolFollowUp,
  phoneAnswer,
  records,
  repairFeedback,
  residentFiles,
  satisfactionSurvey,
  unitProcedure,
};

export const policy = definePolicy({
  code: 'P08',
  title: { en: 'Front-desk duty', zh: '前台值班管理' },
  seedTitle: '房地產客服管理制度篇八',
  seedLines: [186, 228],
  rules: [
    phoneAnswer,
    handoverArrival,
    handoverTidy,
    handover,
    engineerArrival,
    repairFeedback,
    dailyLogCheck,
    logIntegrity,
    monthlyCallback,
    openRepairs,
    ownerCall,
    onDutyConduct,
    keepPost,
    residentFiles,
    escalation,
    unitProcedure,
    enquiryReply,
    keyReconciliation,
    patrolFollowUp,
    satisfactionSurvey,
    records,
    ...inspections,
  ],
});
