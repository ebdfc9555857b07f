/** P10 Customer-service department, trading firm (房地產客服管理制度篇十, seed lines 259–355). */
import { definePolicy } from '../../kernel/policy.js';
import { callLog } from './call-log.js';
import { callback30min } from './callback-30min.js';
import { classification } from './classification.js';
import { hangUp } from './hang-up.js';
import { inspections } from './inspections.js';
import { jointLiability } from './joint-liability.js';
import { leak } from './leak.js';
import { phoneAnswer } from './phone-answer.js';
import { privateDealings } from './private-dealings.js';
import { promisedReply } from './promised-reply.js';
import { quarrel } from './quarrel.js';
import { rebateMonthEnd } from './rebate-month-end.js';
import { rebateReport } from './rebate-report.js';
import { repeatViolation } from './repeat-violation.js';
import { visitRegistration } from './visit-registration.js';

export * from './inspections.js';
export {
  callback30min,
  callLog,
  classification,
  hangUp,
  jointLiability,
  leak,
  phoneAnswer,
  privateDealings,
  promisedReply,
  quarrel,
  rebateMonthEnd,
  rebateReport,
  repeatViolation,
  visitRegistration,
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
    ...inspections,
  ],
});
