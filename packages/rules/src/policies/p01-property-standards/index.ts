/** P01 Property customer-service standards (房地產客服管理制度篇一, seed lines 2–49). */
import { definePolicy } from '../../kernel/policy.js';
import { communityActivity } from './community-activity.js';
import { communityPlan } from './community-plan.js';
import { complaintCallbackRate } from './complaint-callback-rate.js';
import { complaintDuty } from './complaint-duty.js';
import { complaintRecord } from './complaint-record.js';
import { complaintReply } from './complaint-reply.js';
import { dutyRecordReview } from './duty-record-review.js';
import { earlyLeave } from './early-leave.js';
import { goodsRelease } from './goods-release.js';
import { householdVisits } from './household-visits.js';
import { idRegistration } from './id-registration.js';
import { inspections } from './inspections.js';
import { leave } from './leave.js';
import { privateCall } from './private-call.js';
import { records } from './records.js';
import { serviceCallback } from './service-callback.js';
import { serviceFee } from './service-fee.js';
import { serviceRequest } from './service-request.js';
import { shiftCover } from './shift-cover.js';
import { surveyCollection } from './survey-collection.js';
import { surveyIssue } from './survey-issue.js';
import { training } from './training.js';
import { visitorEntry } from './visitor-entry.js';

export * from './inspections.js';
export {
  communityActivity,
  communityPlan,
  complaintCallbackRate,
  complaintDuty,
  complaintRecord,
  complaintReply,
  dutyRecordReview,
  earlyLeave,
  goodsRelease,
  householdVisits,
  idRegistration,
  leave,
  privateCall,
  records,
  serviceCallback,
  serviceFee,
  serviceRequest,
  shiftCover,
  surveyCollection,
  surveyIssue,
  training,
  visitorEntry,
};

export const policy = definePolicy({
  code: 'P01',
  title: { en: 'Property customer-service standards', zh: '物业客服管理制度' },
  seedTitle: '房地產客服管理制度篇一',
  seedLines: [2, 49],
  rules: [
    idRegistration,
    goodsRelease,
    visitorEntry,
    dutyRecordReview,
    serviceRequest,
    serviceFee,
    complaintReply,
    complaintCallbackRate,
    complaintRecord,
    complaintDuty,
    householdVisits,
    serviceCallback,
    surveyIssue,
    surveyCollection,
    shiftCover,
    communityPlan,
    communityActivity,
    training,
    records,
    earlyLeave,
    privateCall,
    leave,
    ...inspections,
  ],
});
