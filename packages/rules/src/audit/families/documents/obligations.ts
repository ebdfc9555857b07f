/**
 * What a document owes, each obligation named by the rule that judges it and building that rule's facts:
 * P02's borrowing record (returned, the loan recorded), its signature (never changed afterwards), its
 * incoming and outgoing routes (steps in order) and its handling (1.11: in time, result and report written). `feeds` adds the rules the family decides on an event's
 * own line (access, destruction) or at the end (numbering): together, the rules the document events feed.
 */
import { access } from '../../../policies/p02-document-management/access.js';
import { borrowingRecord } from '../../../policies/p02-document-management/borrowing-record.js';
import { destruction } from '../../../policies/p02-document-management/destruction.js';
import { distributionTime } from '../../../policies/p02-document-management/distribution-time.js';
import { incomingRoute } from '../../../policies/p02-document-management/incoming-route.js';
import { internalHandling } from '../../../policies/p02-document-management/internal-handling.js';
import { internalSignoff } from '../../../policies/p02-document-management/internal-signoff.js';
import { numberingContinuity } from '../../../policies/p02-document-management/numbering-continuity.js';
import { outgoingRoute } from '../../../policies/p02-document-management/outgoing-route.js';
import { signedImmutable } from '../../../policies/p02-document-management/signed-immutable.js';
import { type FactsOf, type Obligation, obligation, started } from '../../cases.js';
import { type Feed, type Step, stepFacts } from '../family.js';
import { changeAfterSigning, type Document, filed, lastStepMs } from './case.js';

const of = obligation<Document>();

type Route = typeof incomingRoute | typeof outgoingRoute;

/**
 * A route's facts: its steps in time order, in progress until filed. A step's name is free text in the
 * event (`document-step`), so it is handed on as the log gave it: one off the route is the rule's to refuse.
 */
function routeFacts<R extends Route>(steps: readonly Step[]): FactsOf<R> {
  const f = { steps: stepFacts(steps) } as FactsOf<R>;
  if (!filed(steps)) f.inProgress = true;
  return f;
}

const route = <R extends Route>(rule: R, flow: 'incoming' | 'outgoing') =>
  of({
    rule,
    reads: ['document-step'],
    open: (c) => c[flow].length > 0,
    done: (c) => filed(c[flow]),
    facts: (c) => routeFacts<R>(c[flow]),
    start: (c) => c.firstStepMs,
    // The steps are judged in time order, all of them: a step logged after the filing's line may still come
    // before it in time (P02 2.1, 2.2; an outgoing original may be filed before it is sent). Not filed yet:
    // never taken as finished by a sweep (a route in progress is judged so only at the end), as the
    // complaint routes are (families/complaints/obligations.ts).
    whole: (c) => (filed(c[flow]) ? lastStepMs(c[flow]) : Number.POSITIVE_INFINITY),
  });

export const obligations: readonly Obligation<Document>[] = [
  of({
    rule: borrowingRecord,
    reads: ['document-borrowed', 'document-returned'],
    open: (c) => c.borrowed !== undefined,
    done: (c) => c.returned !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof borrowingRecord> = { borrowedAt: started(c.borrowed) };
      if (c.purpose !== undefined) f.purpose = c.purpose;
      if (c.handler !== undefined) f.handler = c.handler;
      if (c.returnBy !== undefined) f.returnBy = c.returnBy;
      if (c.returned !== undefined) f.returnedAt = c.returned;
      return f;
    },
    start: (c) => c.borrowedMs,
  }),
  of({
    rule: signedImmutable,
    reads: ['document-signed', 'document-modified'],
    open: (c) => c.signed !== undefined,
    // An unauthorised change after signing breaches for good; an authorised one leaves it watched.
    done: (c) => {
      const change = changeAfterSigning(c);
      return change !== undefined && change.authorised !== true;
    },
    facts: (c) => {
      const f: FactsOf<typeof signedImmutable> = { signedAt: started(c.signed) };
      const change = changeAfterSigning(c);
      if (change !== undefined) f.modifiedAt = change.at;
      if (change?.authorised !== undefined) f.changeAuthorised = change.authorised;
      return f;
    },
    start: (c) => c.signedMs,
  }),
  route(incomingRoute, 'incoming'),
  route(outgoingRoute, 'outgoing'),
  of({
    rule: internalHandling,
    reads: ['document-assigned', 'document-handled'],
    open: (c) => c.assigned !== undefined,
    done: (c) => c.handled !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof internalHandling> = { assignedAt: started(c.assigned) };
      if (c.handled !== undefined) f.handledAt = c.handled;
      if (c.resultWritten !== undefined) f.resultWritten = c.resultWritten;
      return f;
    },
    start: (c) => c.assignedMs,
    // Decided at settlement, never on the handling's line: a line read later may carry an earlier
    // assignment or handling (the earliest by time counts). Not handled yet: swept as any timed obligation.
    whole: (c) => (c.handled === undefined ? undefined : c.handledMs),
  }),
];

/** Every rule the document events feed: the obligations, and the rules decided on a line or at the end. */
export const feeds: readonly Feed[] = [
  ...obligations,
  { rule: access, reads: ['document-accessed'] },
  { rule: destruction, reads: ['document-destroyed'] },
  { rule: numberingContinuity, reads: ['document-numbered'] },
  { rule: internalSignoff, reads: ['internal-document-sent'] },
  { rule: distributionTime, reads: ['document-delivered'] },
];
