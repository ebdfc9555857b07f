/** P13 Complaint handling, manufacturing (房地產客服管理制度篇十三, seed lines 390–471). */
import { definePolicy } from '../../kernel/policy.js';
import { anomalyForm } from './anomaly-form.js';
import { approvalAuthority } from './approval-authority.js';
import { caseNumber } from './case-number.js';
import { caseRoute } from './case-route.js';
import { classify } from './classify.js';
import { closure } from './closure.js';
import { collectionRate } from './collection-rate.js';
import { complaintForm } from './complaint-form.js';
import { improvementTracking } from './improvement-tracking.js';
import { inspections } from './inspections.js';
import { investigationReport } from './investigation-report.js';
import { monthlySummary } from './monthly-summary.js';
import { opinion } from './opinion.js';
import { overdueAction } from './overdue-action.js';
import { penaltyApproval } from './penalty-approval.js';
import { productionReport } from './production-report.js';
import { rejectedReceivable } from './rejected-receivable.js';
import { reopenedForm } from './reopened-form.js';
import { resultRelay } from './result-relay.js';
import { returnPaperwork } from './return-paperwork.js';
import { returnPosting } from './return-posting.js';

export * from './inspections.js';
export {
  anomalyForm,
  approvalAuthority,
  caseNumber,
  caseRoute,
  classify,
  closure,
  collectionRate,
  complaintForm,
  improvementTracking,
  investigationReport,
  monthlySummary,
  opinion,
  overdueAction,
  penaltyApproval,
  productionReport,
  rejectedReceivable,
  reopenedForm,
  resultRelay,
  returnPaperwork,
  returnPosting,
};

export const policy = definePolicy({
  code: 'P13',
  title: { en: 'Complaint handling, manufacturing', zh: '客诉处理（制造业）' },
  seedTitle: '房地產客服管理制度篇十三',
  seedLines: [390, 471],
  rules: [
    caseNumber,
    classify,
    investigationReport,
    opinion,
    closure,
    overdueAction,
    monthlySummary,
    returnPosting,
    approvalAuthority,
    caseRoute,
    complaintForm,
    penaltyApproval,
    returnPaperwork,
    collectionRate,
    anomalyForm,
    productionReport,
    improvementTracking,
    reopenedForm,
    rejectedReceivable,
    resultRelay,
    ...inspections,
  ],
});
