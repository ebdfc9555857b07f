/**
 * What a service case owes, each obligation named by the rule that judges it and building that rule's
 * facts: P01 (a convenience service called back within 2 working days), P08 (an engineer on site within
 * 20 min of the order; when not, the desk phones the owner before they come and follows up the completion
 * time; a repair open overnight resolved or noted in the duty log with
 * its reason and date on the next day; the owner's opinion asked after the repair). `feeds` adds the
 * rules the family decides from a line alone (a paid service's price) and the month tally it keeps (P08's
 * callbacks): together they are the rules the service events feed.
 */
import { serviceCallback } from '../../../policies/p01-property-standards/service-callback.js';
import { serviceFee } from '../../../policies/p01-property-standards/service-fee.js';
import { serviceRequest } from '../../../policies/p01-property-standards/service-request.js';
import { engineerArrival } from '../../../policies/p08-front-desk-duty/engineer-arrival.js';
import { monthlyCallback } from '../../../policies/p08-front-desk-duty/monthly-callback.js';
import { openRepairs } from '../../../policies/p08-front-desk-duty/open-repairs.js';
import { ownerCall } from '../../../policies/p08-front-desk-duty/owner-call.js';
import { repairFeedback } from '../../../policies/p08-front-desk-duty/repair-feedback.js';
import { type FactsOf, type Obligation, obligation, started } from '../../cases.js';
import type { Feed } from '../family.js';
import type { Service } from './case.js';

const of = obligation<Service>();

export const obligations: readonly Obligation<Service>[] = [
  of({
    rule: serviceCallback,
    reads: ['service-completed', 'service-called-back'],
    open: (c) => c.completed !== undefined,
    done: (c) => c.calledBack !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof serviceCallback> = { completedAt: started(c.completed) };
      if (c.calledBack !== undefined) f.calledBackAt = c.calledBack;
      return f;
    },
    start: (c) => c.completedMs,
  }),
  of({
    rule: engineerArrival,
    reads: ['repair-ordered', 'owner-called', 'engineer-arrived'],
    open: (c) => c.ordered !== undefined,
    // A late arrival waits for the desk's call to the owner (its line may come after the arrival's); with
    // none by the end it is judged then, without it.
    done: (c) => c.arrived !== undefined && (c.late !== true || c.ownerCalled !== undefined),
    facts: (c) => {
      const f: FactsOf<typeof engineerArrival> = { orderedAt: started(c.ordered) };
      if (c.arrived !== undefined) f.arrivedAt = c.arrived;
      if (c.ownerCalled !== undefined) f.ownerCalledAt = c.ownerCalled;
      return f;
    },
    start: (c) => c.orderedMs,
  }),
  of({
    // The desk's own duty once the engineers are late: decided like the arrival, with the call's follow-up.
    rule: ownerCall,
    reads: ['repair-ordered', 'owner-called', 'engineer-arrived'],
    open: (c) => c.ordered !== undefined,
    done: (c) => c.arrived !== undefined && (c.late !== true || c.ownerCalled !== undefined),
    facts: (c) => {
      const f: FactsOf<typeof ownerCall> = { orderedAt: started(c.ordered) };
      if (c.arrived !== undefined) f.arrivedAt = c.arrived;
      if (c.ownerCalled !== undefined) f.ownerCalledAt = c.ownerCalled;
      if (c.expectedCompletion !== undefined) f.expectedCompletionAt = c.expectedCompletion;
      return f;
    },
    start: (c) => c.orderedMs,
  }),
  of({
    rule: openRepairs,
    reads: ['repair-ordered', 'repair-completed', 'repair-noted-open'],
    open: (c) => c.ordered !== undefined,
    // A repair completed after its review day waits for the duty log's note (its line may come later); with
    // none by the end it is judged then, without it.
    done: (c) => c.notedOpen !== undefined || (c.repaired !== undefined && c.openPastReview !== true),
    facts: (c) => {
      const f: FactsOf<typeof openRepairs> = { orderedAt: started(c.ordered) };
      if (c.repaired !== undefined) f.completedAt = c.repaired;
      if (c.notedOpen !== undefined) f.notedAt = c.notedOpen;
      if (c.openReason !== undefined) f.reason = c.openReason;
      if (c.resolveBy !== undefined) f.resolveBy = c.resolveBy;
      return f;
    },
    start: (c) => c.orderedMs,
  }),
  of({
    rule: repairFeedback,
    reads: ['repair-completed', 'repair-feedback'],
    open: (c) => c.repaired !== undefined,
    done: (c) => c.feedback !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof repairFeedback> = { completedAt: started(c.repaired) };
      if (c.feedback !== undefined) f.feedbackAt = c.feedback;
      if (c.recorded !== undefined) f.recorded = c.recorded;
      return f;
    },
    start: (c) => c.repairedMs,
  }),
];

/** Every rule the service events feed: the obligations, a paid service's price, the month's callbacks. */
export const feeds: readonly Feed[] = [
  ...obligations,
  // A request's record (what was asked, the agreed visit time) is checked on its own line.
  { rule: serviceRequest, reads: ['service-requested'] },
  // A paid service is checked against the price list on its completion line.
  { rule: serviceFee, reads: ['service-completed'] },
  // A callback counts in its month's callback tally (P08 4.7), which the reports family judges.
  { rule: monthlyCallback, reads: ['service-called-back'] },
];
