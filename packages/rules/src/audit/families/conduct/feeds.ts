/**
 * The rules the conduct events feed: P12 items judged on their line and joining the person's month (the
 * month's score, chatting and reading ladders judged at month close), P10 fines and the ladder and joint
 * liability the ledger prices, P04's month per department, and the P11 desk rules.
 */
import { zeroIncidents } from '../../../policies/p04-reception-staff/zero-incidents.js';
import { keepPost } from '../../../policies/p08-front-desk-duty/keep-post.js';
import { onDutyConduct } from '../../../policies/p08-front-desk-duty/on-duty-conduct.js';
import { residentFiles } from '../../../policies/p08-front-desk-duty/resident-files.js';
import { jointLiability } from '../../../policies/p10-trading-service/joint-liability.js';
import { leak } from '../../../policies/p10-trading-service/leak.js';
import { privateDealings } from '../../../policies/p10-trading-service/private-dealings.js';
import { quarrel } from '../../../policies/p10-trading-service/quarrel.js';
import { repeatViolation } from '../../../policies/p10-trading-service/repeat-violation.js';
import { disclosure } from '../../../policies/p11-front-desk-handover/disclosure.js';
import { itemHolding } from '../../../policies/p11-front-desk-handover/item-holding.js';
import { phoneBill } from '../../../policies/p11-front-desk-handover/phone-bill.js';
import { phoneLending } from '../../../policies/p11-front-desk-handover/phone-lending.js';
import { chatting } from '../../../policies/p12-staff-scoring/chatting.js';
import { dozing } from '../../../policies/p12-staff-scoring/dozing.js';
import { dress } from '../../../policies/p12-staff-scoring/dress.js';
import { goodWork } from '../../../policies/p12-staff-scoring/good-work.js';
import { grooming } from '../../../policies/p12-staff-scoring/grooming.js';
import { monthlyScore } from '../../../policies/p12-staff-scoring/monthly-score.js';
import { ownerQuarrel } from '../../../policies/p12-staff-scoring/owner-quarrel.js';
import { posture } from '../../../policies/p12-staff-scoring/posture.js';
import { praise } from '../../../policies/p12-staff-scoring/praise.js';
import { reading } from '../../../policies/p12-staff-scoring/reading.js';
import { serviceComplaint } from '../../../policies/p12-staff-scoring/service-complaint.js';
import type { Feed } from '../family.js';

export const feeds: readonly Feed[] = [
  { rule: dress, reads: ['conduct-breach'] },
  { rule: grooming, reads: ['conduct-breach'] },
  { rule: posture, reads: ['conduct-breach'] },
  { rule: dozing, reads: ['conduct-breach'] },
  // P12 4.2.2(1): a sanction, not points; the ledger books it on the person's month.
  { rule: ownerQuarrel, reads: ['conduct-breach'] },
  { rule: serviceComplaint, reads: ['conduct-breach'] },
  // Month ladders: the ledger judges the month's occurrences when the month closes.
  { rule: chatting, reads: ['conduct-breach'] },
  { rule: reading, reads: ['conduct-breach'] },
  { rule: praise, reads: ['praised'] },
  { rule: goodWork, reads: ['good-work-noted'] },
  // Every item above joins the person's month score (the ledger judges it at month close).
  { rule: monthlyScore, reads: ['conduct-breach', 'praised', 'good-work-noted'] },
  { rule: privateDealings, reads: ['conduct-breach'] },
  { rule: quarrel, reads: ['conduct-breach'] },
  { rule: leak, reads: ['conduct-breach'] },
  // A service-rule breach goes to the P10 ladder; its fines to the department head's joint liability.
  { rule: repeatViolation, reads: ['conduct-breach'] },
  { rule: jointLiability, reads: ['conduct-breach'] },
  // A judged breach and a liability accident count against the department's month.
  { rule: zeroIncidents, reads: ['conduct-breach', 'accident'] },
  // The front desk's bans (P08 4.1(3), (9)): snacks, smoking, wandering, non-work tasks; leaving the desk.
  { rule: onDutyConduct, reads: ['conduct-breach'] },
  { rule: keepPost, reads: ['conduct-breach'] },
  { rule: disclosure, reads: ['number-disclosed'] },
  { rule: itemHolding, reads: ['item-held'] },
  { rule: residentFiles, reads: ['resident-file-disclosed'] },
  { rule: phoneBill, reads: ['phone-bill'] },
  { rule: phoneLending, reads: ['phone-bill', 'desk-phone-lent'] },
];
