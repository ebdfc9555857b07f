/**
 * The rules the front desk events feed: the records judged on their own line (visitor registration, goods
 * release, a non-owner's entry, a community activity, record forms, duty-log inspection) and the month tallies judged when the month closes (household
 * visits, training).
 */
import { communityActivity } from '../../../policies/p01-property-standards/community-activity.js';
import { goodsRelease } from '../../../policies/p01-property-standards/goods-release.js';
import { householdVisits } from '../../../policies/p01-property-standards/household-visits.js';
import { idRegistration } from '../../../policies/p01-property-standards/id-registration.js';
import { records } from '../../../policies/p01-property-standards/records.js';
import { training } from '../../../policies/p01-property-standards/training.js';
import { visitorEntry } from '../../../policies/p01-property-standards/visitor-entry.js';
import { escalation } from '../../../policies/p08-front-desk-duty/escalation.js';
import { logIntegrity } from '../../../policies/p08-front-desk-duty/log-integrity.js';
import { visitRegistration } from '../../../policies/p10-trading-service/visit-registration.js';
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
  { rule: visitRegistration, reads: ['customer-visit'] },
  { rule: escalation, reads: ['problem-reported'] },
];
