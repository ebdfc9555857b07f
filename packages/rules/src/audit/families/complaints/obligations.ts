/**
 * What a complaint owes, each obligation named by the rule that judges it and building that rule's facts:
 * P01 (reply in 2 h), P09 (closed in 7 days, the record card), P13 (closure and its overdue follow-up, the
 * investigation report, the GM office's opinion). `feeds` adds the month tallies the family keeps (P01's
 * callback rate, P04's complaint count): together they are the rules the complaint events feed.
 */
import { complaintCallbackRate } from '../../../policies/p01-property-standards/complaint-callback-rate.js';
import { complaintRecord } from '../../../policies/p01-property-standards/complaint-record.js';
import { complaintReply } from '../../../policies/p01-property-standards/complaint-reply.js';
import { zeroIncidents } from '../../../policies/p04-reception-staff/zero-incidents.js';
import { monthlyCallback } from '../../../policies/p08-front-desk-duty/monthly-callback.js';
import { acceptance } from '../../../policies/p09-retail-complaints/acceptance.js';
import { CARD_ROUTE_STEPS, cardRoute } from '../../../policies/p09-retail-complaints/card-route.js';
import { closure as retailClosure } from '../../../policies/p09-retail-complaints/closure.js';
import { complaintRoute } from '../../../policies/p09-retail-complaints/complaint-route.js';
import { declineReply } from '../../../policies/p09-retail-complaints/decline-reply.js';
import { investigationReport as retailReport } from '../../../policies/p09-retail-complaints/investigation-report.js';
import { recordCard } from '../../../policies/p09-retail-complaints/record-card.js';
import { anomalyForm } from '../../../policies/p13-manufacturing-complaints/anomaly-form.js';
import { caseRoute } from '../../../policies/p13-manufacturing-complaints/case-route.js';
import { closure as manufacturingClosure } from '../../../policies/p13-manufacturing-complaints/closure.js';
import { complaintForm } from '../../../policies/p13-manufacturing-complaints/complaint-form.js';
import { improvementTracking } from '../../../policies/p13-manufacturing-complaints/improvement-tracking.js';
import { investigationReport } from '../../../policies/p13-manufacturing-complaints/investigation-report.js';
import { opinion } from '../../../policies/p13-manufacturing-complaints/opinion.js';
import { overdueAction } from '../../../policies/p13-manufacturing-complaints/overdue-action.js';
import { productionReport } from '../../../policies/p13-manufacturing-complaints/production-report.js';
import { rejectedReceivable } from '../../../policies/p13-manufacturing-complaints/rejected-receivable.js';
import { reopenedForm } from '../../../policies/p13-manufacturing-complaints/reopened-form.js';
import { resultRelay } from '../../../policies/p13-manufacturing-complaints/result-relay.js';
import { type FactsOf, given, type Obligation, obligation, started } from '../../cases.js';
import { type Feed, type Step, stepFacts } from '../family.js';
import { type Complaint, manufacturing, property, retail, validNow } from './case.js';

const of = obligation<Complaint>();

/**
 * P13's closing window is decided once the closing and the market are known: the acceptance's market, or
 * (the acceptance giving none) the receipt's once the receipt is read — a closing read before the receipt
 * must not judge the case without the market the receipt gives. With neither, it is judged (refused) at the
 * end.
 */
const closureDone = (c: Complaint) =>
  c.closed !== undefined && (c.acceptanceMarket !== undefined || c.received !== undefined);

/**
 * P13's closing window, judged twice: the closure itself and its overdue follow-up (reminder, inquiry). The
 * market is not guessed: 15 or 20 days (第十條) decide the verdict, so without it the rule refuses the case.
 */
function closureWindowFacts(c: Complaint) {
  const f = given<FactsOf<typeof manufacturingClosure>>({ acceptedAt: started(c.accepted) });
  const market = c.acceptanceMarket ?? c.receiptMarket;
  if (market !== undefined) f.market = market;
  if (c.closed !== undefined) f.closedAt = c.closed;
  return f;
}

/** P13's closing window, from the GM office's acceptance to the closing: judged by two rules alike. */
const closureWindow = {
  reads: ['complaint-accepted', 'complaint-closed'],
  // A retail complaint's acceptance (P09 第七條) opens no P13 window.
  open: (c: Complaint) => c.accepted !== undefined && c.scheme !== 'retail',
  done: closureDone,
  facts: closureWindowFacts,
  start: (c: Complaint) => c.acceptedMs,
} as const;

type Route = typeof complaintRoute | typeof caseRoute | typeof cardRoute;

const CARD_STEPS: ReadonlySet<string> = new Set(CARD_ROUTE_STEPS);

/** The manufacturing route's return to sales (第九條(三)), the start of the relay to the customer (第七條(一)4). */
const returnedToSales = (c: Complaint) => c.steps?.find((s) => s.step === 'returned-to-sales');

/** A step of the store's card flow (P09 第十六條): its names are its own, apart from the handling routes'. */
export const isCardStep = (step: string) => CARD_STEPS.has(step);

/**
 * A complaint route (P09 第九–十四條, P13 第九條(三)–(五)), judged on its steps in time order once they are
 * all in: once the horizon has passed its last step or the complaint's closing, whichever comes first in time,
 * else at the end of the log, in progress. A step's name is free text in the event: one off the route is the rule's to refuse.
 */
function route<R extends Route>(
  rule: R,
  applies: (c: Complaint) => boolean,
  last: string,
  stepsOf: (c: Complaint) => readonly Step[] | undefined = (c) => c.steps,
) {
  const final = (steps: readonly Step[]) => steps.find((s) => s.step === last)?.ms;
  const closing = (c: Complaint) => {
    const ends = [final(stepsOf(c) ?? []), c.closedMs].filter((ms): ms is number => ms !== undefined);
    return ends.length === 0 ? undefined : Math.min(...ends);
  };
  return of({
    rule,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-step', 'complaint-closed'],
    // Judged where the log records the route: a complaint with no step logged is not judged here.
    open: (c) => applies(c) && validNow(c) && (stepsOf(c)?.length ?? 0) > 0,
    done: (c) => closing(c) !== undefined,
    facts: (c) => {
      const f = { steps: stepFacts(stepsOf(c) ?? []) } as FactsOf<R>;
      if (closing(c) === undefined) f.inProgress = true;
      return f;
    },
    start: (c) => c.receivedMs,
    // Not closed yet: never taken as finished by a sweep (a route in progress is judged so only at the end).
    whole: (c) => closing(c) ?? Number.POSITIVE_INFINITY,
  });
}

export const obligations: readonly Obligation<Complaint>[] = [
  of({
    rule: complaintReply,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-replied'],
    open: property,
    done: (c) => c.replied !== undefined || (validNow(c) && c.settledOnSpot),
    facts: (c) => {
      const f: FactsOf<typeof complaintReply> = {
        receivedAt: started(c.received),
        valid: validNow(c),
        settledOnSpot: c.settledOnSpot,
      };
      if (!validNow(c) && c.invalidatedAt !== undefined) f.invalidatedAt = c.invalidatedAt;
      if (c.replied !== undefined) f.repliedAt = c.replied;
      if (c.nextReplyAt !== undefined) f.nextReplyAt = c.nextReplyAt;
      return f;
    },
    start: (c) => c.receivedMs,
    // The earliest reply by time, not the first read: decided at the end, or once the horizon passes the reply
    // (no earlier one can come then). No reply yet: swept by its due time (a valid complaint settled on the spot
    // owes none, decided at the first sweep).
    whole: (c) => c.repliedMs,
  }),
  of({
    rule: complaintRecord,
    reads: ['complaint-received', 'complaint-replied', 'complaint-closed'],
    // P01 投訴 2: judged where the closing line keeps the record (handling or outcome); most logs do not, and
    // an organisation that has not named its entries would have every such closing refused not-configured.
    open: (c) => property(c) && c.record !== undefined,
    done: (c) => c.closed !== undefined,
    facts: (c) => {
      const f = given<FactsOf<typeof complaintRecord>>({ closedAt: started(c.closed), ...c.record });
      if (c.customer !== undefined) f.customer = c.customer;
      if (c.request !== undefined) f.request = c.request;
      if (c.number !== undefined) f.number = c.number;
      // The record's replies are those made while the complaint was open: up to its closing.
      const closedMs = c.closedMs ?? Number.POSITIVE_INFINITY;
      if (c.replied !== undefined && (c.repliedMs ?? 0) <= closedMs) {
        f.repliedAt = c.replied;
        if (c.nextReplyAt !== undefined) f.nextReplyAt = c.nextReplyAt;
        if (c.followedUp !== undefined && c.followedUp.ms <= closedMs) f.followedUpAt = c.followedUp.at;
      }
      return f;
    },
    start: (c) => c.closedMs ?? c.receivedMs,
    // Judged on the replies up to the closing, earliest by time: at the end, or once the horizon passes the
    // closing (every reply before it is in then), never on the read of one line.
    whole: (c) => c.closedMs,
  }),
  of({
    rule: retailClosure,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-closed'],
    open: retail,
    done: (c) => c.closed !== undefined || !validNow(c),
    facts: (c) => {
      const f: FactsOf<typeof retailClosure> = { receivedAt: started(c.received) };
      if (c.closed !== undefined) f.closedAt = c.closed;
      // P09 第七條/第十六條: a retail complaint found not established is declined, with no case or card.
      if (!validNow(c)) f.accepted = false;
      return f;
    },
    start: (c) => c.receivedMs,
  }),
  of({
    rule: recordCard,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-closed'],
    open: retail,
    done: (c) => c.closed !== undefined || !validNow(c),
    facts: (c) => {
      // The card's fields as the log gave them: one it lacks is the rule's to refuse (the card is incomplete).
      const f = given<FactsOf<typeof recordCard>>({ receivedAt: started(c.received) });
      if (c.customer !== undefined) f.customer = c.customer;
      if (c.request !== undefined) f.request = c.request;
      if (c.number !== undefined) f.number = c.number;
      if (c.departmentOpinion !== undefined) f.departmentOpinion = c.departmentOpinion;
      // Judged while still open (at the end, or by a sweep): the opinion may come with the closing.
      if (c.closed === undefined) f.inProgress = true;
      if (!validNow(c)) f.accepted = false;
      return f;
    },
    start: (c) => c.receivedMs,
  }),
  route(complaintRoute, retail, 'customer-answered'),
  route(cardRoute, retail, 'card-sent', (c) => c.cardSteps),
  of({
    rule: declineReply,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-replied'],
    // P09 第七條: judged where the log says who declined it (most logs cannot tell).
    open: (c) => retail(c) && c.invalidated && c.declinedBy !== undefined,
    done: (c) => c.replied !== undefined,
    // The earliest reply by time, like P01.complaint-reply: decided at settlement, not on a reply's line.
    whole: (c) => c.repliedMs,
    facts: (c) => {
      const f: FactsOf<typeof declineReply> = {
        declinedAt: started(c.invalidatedAt),
        decidedBy: started(c.declinedBy),
      };
      if (c.replied !== undefined) f.repliedAt = c.replied;
      return f;
    },
    start: (c) => c.invalidatedMs ?? c.receivedMs,
  }),
  of({
    rule: acceptance,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-accepted'],
    // P09 第七條: judged where the log says who accepted a retail complaint (most logs cannot tell).
    open: (c) => retail(c) && validNow(c) && c.acceptedBy !== undefined,
    done: () => true,
    facts: (c) => {
      const by = started(c.acceptedBy);
      return { acceptedAt: by.at, decidedBy: by.decidedBy };
    },
    start: (c) => c.acceptedBy?.ms ?? c.receivedMs,
    // The earliest acceptance in time answers: decided at the end, or once the horizon passes it.
    whole: (c) => c.acceptedBy?.ms,
  }),
  of({
    rule: retailReport,
    reads: ['complaint-received', 'investigation-reported'],
    open: (c) => retail(c) && c.report !== undefined,
    done: (c) => c.report !== undefined,
    facts: (c) => ({ ...c.report }),
    start: (c) => c.reportMs ?? c.receivedMs,
  }),
  of({ rule: manufacturingClosure, ...closureWindow }),
  // The P13 follow-up of the same window: a reminder for an open overdue case, an inquiry for a late one.
  of({ rule: overdueAction, ...closureWindow }),
  of({
    rule: investigationReport,
    reads: ['complaint-handled', 'investigation-reported'],
    open: (c) => c.handled !== undefined,
    done: (c) => c.reported !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof investigationReport> = { handledAt: started(c.handled) };
      if (c.reported !== undefined) f.reportedAt = c.reported;
      return f;
    },
    start: (c) => c.handledMs,
    // The quality department's step, not the person who took the complaint: nobody when no line names one.
    party: (c) => c.quality?.party,
  }),
  route(caseRoute, manufacturing, 'returned-to-sales'),
  of({
    rule: productionReport,
    reads: ['complaint-received', 'complaint-step'],
    open: (c) => manufacturing(c) && c.production !== undefined,
    done: (c) => c.production !== undefined,
    facts: (c) => ({ ...c.production }),
    start: (c) => c.productionMs ?? c.receivedMs,
  }),
  of({
    rule: improvementTracking,
    reads: ['complaint-received', 'complaint-classified'],
    open: (c) => manufacturing(c) && c.classification !== undefined,
    done: (c) => c.classification !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof improvementTracking> = { cause: started(c.classification).cause };
      const tracking = c.classification?.tracking;
      if (tracking !== undefined) f.tracking = tracking;
      return f;
    },
    start: (c) => c.classification?.ms ?? c.receivedMs,
  }),
  of({
    rule: reopenedForm,
    reads: ['complaint-received', 'conclusion-disputed', 'complaint-refiled'],
    open: (c) => manufacturing(c) && c.disputed !== undefined,
    done: (c) => c.refiled !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof reopenedForm> = { disputedAt: started(c.disputed).at };
      if (c.refiled !== undefined) {
        f.newForm = c.refiled.newForm;
        f.originalAttached = c.refiled.originalAttached;
      }
      return f;
    },
    start: (c) => c.disputed?.ms ?? c.receivedMs,
    // No time in the seed: the refiling may come any time, so a sweep never takes its absence as final.
    whole: (c) => c.refiled?.ms ?? Number.POSITIVE_INFINITY,
  }),
  of({
    rule: resultRelay,
    reads: ['complaint-received', 'complaint-step', 'result-relayed'],
    // Judged where the log records the relay (most logs do not), from the form's return to sales.
    open: (c) => manufacturing(c) && c.relayed !== undefined && returnedToSales(c) !== undefined,
    done: (c) => c.relayed !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof resultRelay> = { returnedAt: started(returnedToSales(c)).at };
      if (c.relayed !== undefined) f.relayedAt = c.relayed;
      return f;
    },
    start: (c) => returnedToSales(c)?.ms ?? c.receivedMs,
  }),
  of({
    rule: rejectedReceivable,
    reads: ['complaint-received', 'complaint-invalidated', 'receivable-objected', 'receivable-collected'],
    // P13 第九條(十三): judged where the log gives the receivable's due date; an objection decides it instead.
    open: (c) => manufacturing(c) && c.invalidated && c.receivableDueOn !== undefined,
    done: (c) => c.collected !== undefined || c.objection !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof rejectedReceivable> = {
        formReceivedAt: started(c.invalidatedAt),
        dueOn: started(c.receivableDueOn),
      };
      if (c.collected !== undefined) f.collectedAt = c.collected;
      if (c.objection !== undefined) {
        f.customerObjected = true;
        f.escalated = c.objection.escalated;
      }
      return f;
    },
    start: (c) => c.invalidatedMs ?? c.receivedMs,
  }),
  of({
    rule: anomalyForm,
    reads: ['anomaly-handled'],
    open: (c) => c.anomaly !== undefined,
    done: (c) => c.anomaly !== undefined,
    facts: (c) => ({ lossCaused: c.anomaly?.lossCaused ?? false, formFiled: c.anomaly?.formFiled ?? false }),
    start: (c) => c.anomaly?.ms ?? 0,
  }),
  of({
    rule: complaintForm,
    reads: ['complaint-received'],
    open: manufacturing,
    done: manufacturing,
    facts: (c) => {
      const f: FactsOf<typeof complaintForm> = { ...c.form };
      if (c.number !== undefined) f.number = c.number;
      if (c.request !== undefined) f.request = c.request;
      return f;
    },
    start: (c) => c.receivedMs,
  }),
  of({
    rule: opinion,
    reads: ['sales-result-received', 'opinion-written'],
    open: (c) => c.salesResult !== undefined,
    done: (c) => c.opinion !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof opinion> = { receivedAt: started(c.salesResult) };
      if (c.opinion !== undefined) f.opinionAt = c.opinion;
      return f;
    },
    start: (c) => c.salesResultMs,
    // The GM office's step, likewise.
    party: (c) => c.gmOffice?.party,
  }),
];

/** Every rule the complaint events feed: the obligations, and the month tallies the family keeps. */
export const feeds: readonly Feed[] = [
  ...obligations,
  {
    rule: complaintCallbackRate,
    reads: ['complaint-received', 'complaint-invalidated', 'complaint-called-back', 'complaint-closed'],
  },
  // A valid complaint counts against its department's month (P04 1.6), the P04 family judges the month.
  { rule: zeroIncidents, reads: ['complaint-received', 'complaint-invalidated'] },
  // A callback counts in its month's callback tally (P08 4.7), which the reports family judges.
  { rule: monthlyCallback, reads: ['complaint-called-back'] },
];
