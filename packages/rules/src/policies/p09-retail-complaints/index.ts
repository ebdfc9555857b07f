/** P09 Complaint handling, retail (房地產客服管理制度篇九, seed lines 229–258). */
import { definePolicy } from '../../kernel/policy.js';
import { acceptance } from './acceptance.js';
import { attribution } from './attribution.js';
import { bonusDeduction } from './bonus-deduction.js';
import { cardRoute } from './card-route.js';
import { closure } from './closure.js';
import { complaintRoute } from './complaint-route.js';
import { declineReply } from './decline-reply.js';
import { inspections } from './inspections.js';
import { investigationReport } from './investigation-report.js';
import { legitimate } from './legitimate.js';
import { lossShare } from './loss-share.js';
import { monthlyStats } from './monthly-stats.js';
import { penaltyApproval } from './penalty-approval.js';
import { recordCard } from './record-card.js';
import { routing } from './routing.js';
import { sanctionDeduction } from './sanction-deduction.js';
import { sanctionTriggers } from './sanction-triggers.js';

export * from './inspections.js';
export {
  acceptance,
  attribution,
  bonusDeduction,
  cardRoute,
  closure,
  complaintRoute,
  declineReply,
  investigationReport,
  legitimate,
  lossShare,
  monthlyStats,
  penaltyApproval,
  recordCard,
  routing,
  sanctionDeduction,
  sanctionTriggers,
};

export const policy = definePolicy({
  code: 'P09',
  title: { en: 'Complaint handling, retail', zh: '客户投诉处理（零售）' },
  seedTitle: '房地產客服管理制度篇九',
  seedLines: [229, 258],
  rules: [
    legitimate,
    routing,
    recordCard,
    closure,
    monthlyStats,
    lossShare,
    bonusDeduction,
    sanctionDeduction,
    attribution,
    sanctionTriggers,
    complaintRoute,
    investigationReport,
    penaltyApproval,
    declineReply,
    cardRoute,
    acceptance,
    ...inspections,
  ],
});
