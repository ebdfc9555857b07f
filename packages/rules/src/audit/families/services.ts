/**
 * Services and repairs: one case per service request or work order. P01: a convenience service is called
 * back within 2 working days of completion; a paid service is charged the price list. P08: an engineer
 * reaches the site within 20 min of the order (or the owner is phoned), and the owner's opinion is asked
 * after the repair. The case is freed once every obligation it opened is decided.
 */
import { serviceCallback } from '../../policies/p01-property-standards/service-callback.js';
import { engineerArrival } from '../../policies/p08-front-desk-duty/engineer-arrival.js';
import { repairFeedback } from '../../policies/p08-front-desk-duty/repair-feedback.js';
import { allOpenDecided, type CaseBase, CaseBook, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { bool, caseKey, type Family, here, pick, str } from './family.js';

interface Service extends CaseBase {
  completed?: string;
  completedMs: number;
  calledBack?: string;
  ordered?: string;
  orderedMs: number;
  arrived?: string;
  /** The engineer came after the rule's window (P08 4.9): the owner's call is still part of the verdict. */
  late?: boolean;
  ownerCalled?: string;
  repaired?: string;
  repairedMs: number;
  feedback?: string;
  recorded?: boolean;
}

const obligations: readonly Obligation<Service>[] = [
  {
    rule: serviceCallback,
    reads: ['service-completed', 'service-called-back'],
    open: (c) => c.completed !== undefined,
    done: (c) => c.calledBack !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { completedAt: c.completed };
      if (c.calledBack !== undefined) f.calledBackAt = c.calledBack;
      return f;
    },
    start: (c) => c.completedMs,
  },
  {
    rule: engineerArrival,
    reads: ['repair-ordered', 'owner-called', 'engineer-arrived'],
    open: (c) => c.ordered !== undefined,
    // A late arrival waits for the desk's call to the owner (its line may come after the arrival's); with
    // none by the end it is judged then, without it.
    done: (c) => c.arrived !== undefined && (c.late !== true || c.ownerCalled !== undefined),
    facts: (c) => {
      const f: Record<string, unknown> = { orderedAt: c.ordered };
      if (c.arrived !== undefined) f.arrivedAt = c.arrived;
      if (c.ownerCalled !== undefined) f.ownerCalledAt = c.ownerCalled;
      return f;
    },
    start: (c) => c.orderedMs,
  },
  {
    rule: repairFeedback,
    reads: ['repair-completed', 'repair-feedback'],
    open: (c) => c.repaired !== undefined,
    done: (c) => c.feedback !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { completedAt: c.repaired };
      if (c.feedback !== undefined) f.feedbackAt = c.feedback;
      if (c.recorded !== undefined) f.recorded = c.recorded;
      return f;
    },
    start: (c) => c.repairedMs,
  },
];

const PAID_FACTS = ['service', 'charged', 'quantity', 'listPrice'] as const;

/**
 * Nothing more is expected once every opened obligation is decided and the chain reached its last link:
 * a work order is done when the repair's feedback is in (or there was no repair to follow up).
 */
function complete(c: Service): boolean {
  if (!allOpenDecided(c, obligations)) return false;
  if (c.ordered !== undefined && c.repaired === undefined) return false;
  // An arrival or a call to the owner with no work order yet: the order's line may still come (P08 4.9).
  if (c.ordered === undefined && (c.arrived !== undefined || c.ownerCalled !== undefined)) return false;
  return c.completed !== undefined || c.ordered !== undefined || c.repaired !== undefined;
}

function orphan(c: Service): string | undefined {
  return c.completed === undefined && c.ordered === undefined && c.repaired === undefined
    ? `no service or work order ${c.key} was completed or ordered in the log`
    : undefined;
}

/** Whether the arrival missed the rule's window (the rule decides it, with its configured `arriveWithin`). */
function arrivedLate(c: Service, engine: AuditEngine): boolean {
  if (c.ordered === undefined || c.arrived === undefined) return false;
  const probe = engine.probe('P08.engineer-arrival', { orderedAt: c.ordered, arrivedAt: c.arrived }, engine.atMs);
  return probe?.status === 'breached';
}

export function services(): Family {
  const cases = new CaseBook<Service>({
    create: (key) => ({
      key,
      lines: [],
      last: Number.NEGATIVE_INFINITY,
      decided: [],
      completedMs: 0,
      orderedMs: 0,
      repairedMs: 0,
    }),
    obligations,
    complete,
    orphan,
  });
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      if (e.type === 'service-requested') return; // informational: opens nothing by itself
      if (e.type === 'service-completed' && str(e, 'kind') === 'paid') {
        // A paid service: the charge is checked against the price list at once; no callback is owed. The
        // quantity and the event's own list price are facts of the rule: dropped, 3 units read as 1.
        engine.decide('P01.service-fee', pick(e, PAID_FACTS), here(e, engine));
        return;
      }
      const c = cases.touch(caseKey(e), engine, e.employee, e.department);
      switch (e.type) {
        case 'service-completed':
          if (c.completed === undefined) {
            c.completed = e.at;
            c.completedMs = engine.atMs;
          }
          break;
        case 'service-called-back':
          c.calledBack ??= e.at;
          cases.tallyOnceReal(c, engine, 'callbacks', engine.atMs);
          break;
        case 'repair-ordered':
          if (c.ordered === undefined) {
            c.ordered = e.at;
            c.orderedMs = engine.atMs;
            if (c.arrived !== undefined) c.late = arrivedLate(c, engine);
          }
          break;
        case 'owner-called':
          c.ownerCalled ??= e.at;
          break;
        case 'engineer-arrived':
          if (c.arrived === undefined) {
            c.arrived = e.at;
            c.late = arrivedLate(c, engine);
          }
          break;
        case 'repair-completed':
          if (c.repaired === undefined) {
            c.repaired = e.at;
            c.repairedMs = engine.atMs;
          }
          break;
        case 'repair-feedback':
          if (c.feedback === undefined) {
            c.feedback = e.at;
            c.recorded = bool(e, 'recorded');
          }
          break;
      }
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
  };
}
