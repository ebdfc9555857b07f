/** P10 Customer-service department, trading firm (房地產客服管理制度篇十, seed lines 259–355). */
import { definePolicy } from '../../kernel/policy.js';
import { callLog } from './call-log.js';
import { callback } from './callback.js';
import { callback30min } from './callback-30min.js';
import { callbackRetry } from './callback-retry.js';
import { classification } from './classification.js';
import { customerWork } from './customer-work.js';
import { followUpCase } from './follow-up-case.js';
import { hangUp } from './hang-up.js';
import { inspections } from './inspections.js';
import { jointLiability } from './joint-liability.js';
import { leak } from './leak.js';
import { originalRecords } from './original-records.js';
import { phoneAnswer } from './phone-answer.js';
import { privateDealings } from './private-dealings.js';
import { promisedReply } from './promised-reply.js';
import { quarrel } from './quarrel.js';
import { rebateMonthEnd } from './rebate-month-end.js';
import { rebateReport } from './rebate-report.js';
import { rejectionEscalation } from './rejection-escalation.js';
import { repeatViolation } from './repeat-violation.js';
import { visitRegistration } from './visit-registration.js';
import { visitRounds } from './visit-rounds.js';

export * from './inspections.js';
export {
  callback,
  callback30min,
  callbackRetry,
  callLog,
  classification,
  customerWork,
  followUpCase,
  hangUp,
  jointLiability,
  leak,
  originalRecords,
  phoneAnswer,
  privateDealings,
  promisedReply,
  quarrel,
  rebateMonthEnd,
  rebateReport,
  rejectionEscalation,
  repeatViolation,
  visitRegistration,
  visitRounds,
};

export const policy = definePolicy({
  code: 'P10',
  title: { en: 'Customer-service department, trading firm', zh: '客户服务部管理制度（贸易公司）' },
  seedTitle: '房地產客服管理制度篇十',
  seedLines: [259, 355],
  rules: [
    rebateReport,
    rebateMonthEnd,
    phoneAnswer,
    callback30min,
    callLog,
    repeatViolation,
    privateDealings,
    quarrel,
    classification,
    leak,
    jointLiability,
    promisedReply,
    hangUp,
    visitRegistration,
    customerWork,
    rejectionEscalation,
    callback,
    callbackRetry,
    followUpCase,
    visitRounds,
    originalRecords,
    ...inspections,
  ],
});
