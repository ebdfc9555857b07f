/**
 * Complaints: one case per complaint, under P01 (property: reply in 2 h, callback rate), P09 (retail:
 * closed in 7 days, record card) or P13 (manufacturing: closure, investigation report, GM opinion).
 * A property complaint stays open until it is closed and, if valid, called back: the callback rate of its
 * month counts it when it is freed.
 */

import { allOpenDecided, CaseBook, type CaseBookState } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { addLine } from '../../ledger/book.js';
import { monthKey, startOfMonth } from '../../months.js';
import { complaintsAgainst } from '../conduct/counters.js';
import { defined, type Family, type FamilyState, insertStep } from '../family.js';
import { callbacks } from '../reports/counters.js';
import {
  awaitsNothing,
  type Complaint,
  createComplaint,
  earliestNamed,
  noteReply,
  orphan,
  property,
  validNow,
} from './case.js';
import type { ComplaintEventType } from './events.js';
import { isCardStep, obligations } from './obligations.js';

/** A month's P01 callback rate so far: valid property complaints received, and those called back. */
interface CallbackTally {
  valid: number;
  calledBack: number;
  readonly lines: number[];
}

/** What a complaint event does to its case, typed per event type. */
type Handlers = {
  readonly [T in ComplaintEventType]: (e: AuditEvent<T>, c: Complaint, engine: AuditEngine) => void;
};

export function complaints(): Family {
  let tallies = new Map<number, CallbackTally>();
  const cases = new CaseBook<Complaint>({
    create: createComplaint,
    obligations,
    complete: (c) => awaitsNothing(c) && allOpenDecided(c, obligations),
    orphan,
    // The callback rate of the month of receipt counts a valid property complaint once it is freed.
    onFree: (c, engine) => {
      if (!property(c) || !validNow(c)) return;
      const month = engine.openMonth(c.receivedMs);
      let t = tallies.get(month);
      if (!t) {
        t = { valid: 0, calledBack: 0, lines: [] };
        tallies.set(month, t);
      }
      t.valid += 1;
      if (c.calledBack) t.calledBack += 1;
      // The complaint's receipt, not its first line read (its closing, a callback…): the same whatever order.
      if (c.receivedLine !== undefined) addLine(t.lines, c.receivedLine);
    },
  });

  const handlers: Handlers = {
    'complaint-received'(e, c, engine) {
      if (c.received !== undefined) return; // a repeated receipt changes nothing
      c.received = e.at;
      c.receivedMs = engine.atMs;
      c.receivedLine = engine.line;
      if (e.scheme === 'retail' || e.scheme === 'manufacturing') c.scheme = e.scheme;
      c.valid = e.valid ?? true;
      c.settledOnSpot = e.settledOnSpot ?? false;
      c.receiptMarket = e.market;
      c.customer = e.customer ?? c.customer;
      c.request = e.request ?? c.request;
      c.number = e.number ?? c.number;
      c.departmentOpinion = e.departmentOpinion ?? c.departmentOpinion;
      if (c.scheme === 'manufacturing') {
        c.form = defined({
          partNumber: e.partNumber,
          shipDate: e.shipDate,
          quantity: e.quantity,
          defectiveQuantity: e.defectiveQuantity,
          salesOpinion: e.salesOpinion,
          sampleAttached: e.sampleAttached,
          quantityOpen: e.quantityOpen,
        });
      }
      if (c.scheme === 'property') engine.mentioned.add('P01.complaint-callback-rate');
      // A complaint received valid puts P04 on the log even if confirmed invalid later — also when the
      // confirmation's line was read first (it is then not counted, rather than counted and taken back).
      if (c.valid) engine.mentioned.add('P04.zero-incidents');
      if (validNow(c)) {
        const dept = engine.departmentOf(e.employee, e.department);
        if (dept !== undefined) engine.tally(complaintsAgainst, engine.atMs, 1, dept);
        c.countedIn = dept;
      }
    },
    'complaint-invalidated'(e, c, engine) {
      // Confirmed more than once: the earliest confirmation by time answers, whatever order they were read in.
      if (c.invalidated && engine.atMs >= (c.invalidatedMs ?? 0)) return;
      c.invalidated = true;
      c.invalidatedAt = e.at;
      c.invalidatedMs = engine.atMs;
      c.declinedBy = e.decidedBy;
      c.receivableDueOn = e.receivableDueOn;
      // An invalid complaint is no complaint for P04 1.6, whether found so on receipt or later.
      // (A month already closed under maxDelay has been judged: it is not reopened.)
      if (c.countedIn !== undefined && engine.month(c.receivedMs) >= engine.openFrom) {
        engine.tally(complaintsAgainst, c.receivedMs, -1, c.countedIn);
      }
      c.countedIn = undefined;
    },
    'complaint-replied'(e, c, engine) {
      noteReply(c, { at: e.at, ms: engine.atMs, nextReplyAt: e.nextReplyAt });
    },
    'complaint-called-back'(_e, c, engine) {
      c.calledBack = true;
      cases.tallyOnceReal(c, engine, callbacks, engine.atMs);
    },
    'complaint-accepted'(e, c, engine) {
      if (c.accepted === undefined) {
        c.accepted = e.at;
        c.acceptedMs = engine.atMs;
      }
      c.acceptanceMarket ??= e.market;
      // P09 第七條: the earliest acceptance in time that says who decided answers (not the first line read).
      if (e.decidedBy !== undefined && (c.acceptedBy === undefined || engine.atMs < c.acceptedBy.ms)) {
        c.acceptedBy = { decidedBy: e.decidedBy, at: e.at, ms: engine.atMs };
      }
    },
    'complaint-handled'(e, c, engine) {
      if (c.handled === undefined) {
        c.handled = e.at;
        c.handledMs = engine.atMs;
      }
      c.quality = earliestNamed(c.quality, e, engine);
    },
    'investigation-reported'(e, c, engine) {
      c.reported ??= e.at;
      // P09 第十七條: the report's items (judged for a retail complaint; an item not given is missing).
      const report = defined({
        cause: e.cause,
        course: e.course,
        responsible: e.responsible,
        conclusion: e.conclusion,
        countermeasures: e.countermeasures,
        prevention: e.prevention,
      });
      // The earliest report line in time answers among those read before the report is judged.
      if (c.report === undefined || engine.atMs < (c.reportMs ?? 0)) {
        c.report = report;
        c.reportMs = engine.atMs;
      }
      c.quality = earliestNamed(c.quality, e, engine);
    },
    'sales-result-received'(e, c, engine) {
      if (c.salesResult === undefined) {
        c.salesResult = e.at;
        c.salesResultMs = engine.atMs;
      }
      c.gmOffice = earliestNamed(c.gmOffice, e, engine);
    },
    'opinion-written'(e, c, engine) {
      c.opinion ??= e.at;
      c.gmOffice = earliestNamed(c.gmOffice, e, engine);
    },
    'anomaly-handled'(e, c, engine) {
      c.anomaly ??= { lossCaused: e.lossCaused ?? false, formFiled: e.formFiled ?? false, ms: engine.atMs };
    },
    'complaint-step'(e, c, engine) {
      // The store's card flow (P09 第十六條) has step names of its own, kept apart from the handling route.
      if (isCardStep(e.step)) {
        c.cardSteps ??= [];
        insertStep(c.cardSteps, { step: e.step, at: e.at, ms: engine.atMs });
        return;
      }
      c.steps ??= [];
      insertStep(c.steps, { step: e.step, at: e.at, ms: engine.atMs });
      // P13 第七條(四): the production unit's analysis carries manufacturing's report.
      if (e.step === 'production-analysed' && (c.production === undefined || engine.atMs < (c.productionMs ?? 0))) {
        const { productionUnit, machineShift, operator, productionDate } = e;
        c.production = defined({ productionUnit, machineShift, operator, productionDate });
        c.productionMs = engine.atMs;
      }
    },
    'complaint-classified'(e, c, engine) {
      // The earliest classification line in time answers, whatever order the lines came in.
      if (c.classification === undefined || engine.atMs < c.classification.ms) {
        c.classification = { cause: e.cause, tracking: e.tracking, ms: engine.atMs };
      }
    },
    'conclusion-disputed'(e, c, engine) {
      if (c.disputed === undefined || engine.atMs < c.disputed.ms) c.disputed = { at: e.at, ms: engine.atMs };
    },
    'complaint-refiled'(e, c, engine) {
      if (c.refiled === undefined || engine.atMs < c.refiled.ms) {
        c.refiled = { newForm: e.newForm, originalAttached: e.originalAttached ?? false, ms: engine.atMs };
      }
    },
    'result-relayed'(e, c) {
      c.relayed ??= e.at;
    },
    'receivable-objected'(e, c) {
      c.objection ??= { escalated: e.escalated ?? false };
    },
    'receivable-collected'(e, c) {
      c.collected ??= e.at;
    },
    'complaint-closed'(e, c, engine) {
      if (c.closed === undefined) c.closedMs = engine.atMs;
      c.closed ??= e.at;
      c.departmentOpinion = e.departmentOpinion ?? c.departmentOpinion;
      if (e.handling !== undefined || e.outcome !== undefined) {
        c.record ??= defined({ handling: e.handling, outcome: e.outcome });
      }
    },
  };

  return {
    handle(e, engine) {
      const c = cases.touch(e.case ?? '', engine, e.employee, e.department);
      // The event check routed only complaint events here, each valid against its own type's schema.
      const handler = handlers[e.type as ComplaintEventType] as (e: unknown, c: Complaint, engine: AuditEngine) => void;
      handler(e, c, engine);
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
    closeMonth(month, engine) {
      const t = tallies.get(month);
      tallies.delete(month);
      if (t === undefined && !engine.wanted('P01.complaint-callback-rate')) return;
      engine.decide(
        'P01.complaint-callback-rate',
        { validComplaints: t?.valid ?? 0, calledBack: t?.calledBack ?? 0 },
        {
          lines: t?.lines ?? [],
          key: monthKey(month),
          at: startOfMonth(month, engine.zone, engine.speed.time),
          final: true,
        },
      );
    },
    save: (): FamilyState => ({ cases: cases.save(), tallies }),
    restore(state) {
      cases.restore(state.cases as CaseBookState<Complaint>);
      tallies = state.tallies as Map<number, CallbackTally>;
    },
  };
}
