/**
 * The rules the P09 bonus events feed: a loss charged to a person (attribution) or shared in a department
 * (loss share), owed against the monthly bonus (the ledger's bonus deduction at month close); a sanction's
 * cause judged at once, its price at month close (the ledger's sanction deduction).
 */
import { attribution } from '../../../policies/p09-retail-complaints/attribution.js';
import { bonusDeduction } from '../../../policies/p09-retail-complaints/bonus-deduction.js';
import { lossShare } from '../../../policies/p09-retail-complaints/loss-share.js';
import { penaltyApproval as retailPenaltyApproval } from '../../../policies/p09-retail-complaints/penalty-approval.js';
import { sanctionDeduction } from '../../../policies/p09-retail-complaints/sanction-deduction.js';
import { sanctionTriggers } from '../../../policies/p09-retail-complaints/sanction-triggers.js';
import { collectionRate } from '../../../policies/p13-manufacturing-complaints/collection-rate.js';
import { penaltyApproval as manufacturingPenaltyApproval } from '../../../policies/p13-manufacturing-complaints/penalty-approval.js';
import { returnPaperwork } from '../../../policies/p13-manufacturing-complaints/return-paperwork.js';
import type { Feed } from '../family.js';

export const feeds: readonly Feed[] = [
  { rule: attribution, reads: ['loss-assessed'] },
  { rule: lossShare, reads: ['loss-assessed'] },
  { rule: bonusDeduction, reads: ['loss-assessed'] },
  { rule: sanctionTriggers, reads: ['sanction-imposed'] },
  { rule: sanctionDeduction, reads: ['sanction-imposed'] },
  // Decided on the line, by the scheme: the approval before a penalty (#18).
  { rule: retailPenaltyApproval, reads: ['penalty-executed'] },
  { rule: manufacturingPenaltyApproval, reads: ['penalty-executed'] },
  // P13 第十三條, decided on the line: the paperwork of a posting, the collection rate.
  { rule: returnPaperwork, reads: ['return-posted'] },
  { rule: collectionRate, reads: ['collection-rate-reported'] },
];
