/**
 * Services and repairs: one case per service request or work order. P01: a convenience service is called
 * back within 2 working days of completion; a paid service is charged the price list. P08: an engineer
 * reaches the site within 20 min of the order (or the owner is phoned), a repair left open overnight is
 * resolved or noted in the duty log (reason, date) on the next day, and the owner's opinion is asked after
 * the repair. The case is freed once every obligation it opened is decided.
 */

import { serviceFee } from '../../../policies/p01-property-standards/service-fee.js';
import { serviceRequest } from '../../../policies/p01-property-standards/service-request.js';
import { engineerArrival } from '../../../policies/p08-front-desk-duty/engineer-arrival.js';
import { openRepairs } from '../../../policies/p08-front-desk-duty/open-repairs.js';
import { allOpenDecided, CaseBook, type FactsOf, given } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { caseFamily, defined, type Family, here } from '../family.js';
import { callbacks } from '../reports/counters.js';
import { chainEnded, createService, orphan, type Service } from './case.js';
import type { ServiceEventType } from './events.js';
import { obligations } from './obligations.js';

/** What a service event does, typed per event type. */
type Handlers = {
  readonly [T in ServiceEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/** Whether the arrival missed the rule's window (the rule decides it, with its configured `arriveWithin`). */
function arrivedLate(c: Service, engine: AuditEngine): boolean {
  if (c.ordered === undefined || c.arrived === undefined) return false;
  const facts: FactsOf<typeof engineerArrival> = { orderedAt: c.ordered, arrivedAt: c.arrived };
  return engine.probe(engineerArrival.id, facts, engine.atMs)?.status === 'breached';
}

/** Whether the repair was still open after its review day (the rule decides it, with its `reviewDays`). */
function openPastReview(c: Service, engine: AuditEngine): boolean {
  if (c.ordered === undefined || c.repaired === undefined) return false;
  const facts: FactsOf<typeof openRepairs> = { orderedAt: c.ordered, completedAt: c.repaired };
  return engine.probe(openRepairs.id, facts, engine.atMs)?.status === 'breached';
}

export function services(): Family {
  const cases = new CaseBook<Service>({
    create: createService,
    obligations,
    // Nothing more is expected once every opened obligation is decided and the chain reached its last link.
    complete: (c) => allOpenDecided(c, obligations) && chainEnded(c),
    orphan,
  });
  const touch = (e: AuditEvent<ServiceEventType>, engine: AuditEngine) =>
    cases.touch(e.case, engine, e.employee, e.department);

  const handlers: Handlers = {
    'service-requested'(e, engine) {
      // The request's record is judged on its line (P01 服務請求 1); it opens nothing in the case by itself.
      const facts: FactsOf<typeof serviceRequest> = defined({
        requestedAt: e.at,
        request: e.service,
        agreedVisitAt: e.agreedVisitAt,
        household: e.household,
      });
      engine.decide(serviceRequest.id, facts, here(e, engine));
    },
    'service-completed'(e, engine) {
      if (e.kind === 'paid') {
        // A paid service: the charge is checked against the price list at once; no callback is owed. The
        // quantity and the event's own list price are facts of the rule: dropped, 3 units read as 1. What
        // the line leaves out is the rule's to refuse (a charge with no service named).
        const facts = defined({ service: e.service, charged: e.charged, quantity: e.quantity, listPrice: e.listPrice });
        engine.decide(serviceFee.id, given<FactsOf<typeof serviceFee>>(facts), here(e, engine));
        return;
      }
      const c = touch(e, engine);
      if (c.completed === undefined) {
        c.completed = e.at;
        c.completedMs = engine.atMs;
      }
      cases.settle(c, engine);
    },
    'service-called-back'(e, engine) {
      const c = touch(e, engine);
      c.calledBack ??= e.at;
      cases.tallyOnceReal(c, engine, callbacks, engine.atMs);
      cases.settle(c, engine);
    },
    'repair-ordered'(e, engine) {
      const c = touch(e, engine);
      if (c.ordered === undefined) {
        c.ordered = e.at;
        c.orderedMs = engine.atMs;
        if (c.arrived !== undefined) c.late = arrivedLate(c, engine);
        c.openPastReview = openPastReview(c, engine);
      }
      cases.settle(c, engine);
    },
    'owner-called'(e, engine) {
      const c = touch(e, engine);
      if (c.ownerCalled === undefined) {
        c.ownerCalled = e.at;
        if (e.expectedCompletionAt !== undefined) c.expectedCompletion = e.expectedCompletionAt;
      }
      cases.settle(c, engine);
    },
    'engineer-arrived'(e, engine) {
      const c = touch(e, engine);
      if (c.arrived === undefined) {
        c.arrived = e.at;
        c.late = arrivedLate(c, engine);
      }
      cases.settle(c, engine);
    },
    'repair-completed'(e, engine) {
      const c = touch(e, engine);
      if (c.repaired === undefined) {
        c.repaired = e.at;
        c.repairedMs = engine.atMs;
        c.openPastReview = openPastReview(c, engine);
      }
      cases.settle(c, engine);
    },
    'repair-noted-open'(e, engine) {
      const c = touch(e, engine);
      if (c.notedOpen === undefined) {
        c.notedOpen = e.at;
        if (e.reason !== undefined) c.openReason = e.reason;
        if (e.resolveBy !== undefined) c.resolveBy = e.resolveBy;
      }
      cases.settle(c, engine);
    },
    'repair-feedback'(e, engine) {
      const c = touch(e, engine);
      if (c.feedback === undefined) {
        c.feedback = e.at;
        c.recorded = e.recorded;
      }
      cases.settle(c, engine);
    },
  };

  return caseFamily(handlers, cases);
}
