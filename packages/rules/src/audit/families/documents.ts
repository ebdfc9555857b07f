/**
 * Documents (P02): one case per document for loans (returned by the date set), signatures (never changed
 * afterwards) and the incoming and outgoing routes (steps in order, judged when the document is filed or,
 * still in progress, at the end). Access and destruction are judged as they happen; internal numbers are
 * gathered per series and checked for gaps and duplicates at the end.
 */
import { borrowingRecord } from '../../policies/p02-document-management/borrowing-record.js';
import { incomingRoute } from '../../policies/p02-document-management/incoming-route.js';
import { outgoingRoute } from '../../policies/p02-document-management/outgoing-route.js';
import { signedImmutable } from '../../policies/p02-document-management/signed-immutable.js';
import { type CaseBase, CaseBook, isDecided, type Obligation, type ObligedRule } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { addLine } from '../ledger/book.js';
import { bool, caseKey, type Family, here, insertStep, num, pick, type Step, stepFacts, str } from './family.js';

/** A change to the document, kept until the signature is known (the lines are not in time order). */
interface Change {
  readonly at: string;
  readonly ms: number;
  readonly authorised: boolean | undefined;
}

interface Document extends CaseBase {
  borrowed?: string;
  borrowedMs: number;
  purpose?: string;
  handler?: string;
  returnBy?: string;
  returned?: string;
  signed?: string;
  signedMs: number;
  readonly changes: Change[];
  incoming: Step[];
  outgoing: Step[];
  firstStepMs: number;
}

const filed = (steps: readonly Step[]) => steps.some((s) => s.step === 'filed');

const route = (rule: ObligedRule, flow: 'incoming' | 'outgoing'): Obligation<Document> => ({
  rule,
  reads: ['document-step'],
  open: (c) => c[flow].length > 0,
  done: (c) => filed(c[flow]),
  facts: (c) => ({ steps: stepFacts(c[flow]), ...(!filed(c[flow]) && { inProgress: true }) }),
  start: (c) => c.firstStepMs,
  // The steps are judged in time order, all of them: a step logged after the filing's line may still come
  // before it in time (P02 2.1, 2.2; an outgoing original may be filed before it is sent).
  whole: (c) => (filed(c[flow]) ? lastStepMs(c[flow]) : undefined),
});

const lastStepMs = (steps: readonly Step[]) => steps[steps.length - 1]?.ms ?? 0;

const obligations: readonly Obligation<Document>[] = [
  {
    rule: borrowingRecord,
    reads: ['document-borrowed', 'document-returned'],
    open: (c) => c.borrowed !== undefined,
    done: (c) => c.returned !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { borrowedAt: c.borrowed };
      if (c.purpose !== undefined) f.purpose = c.purpose;
      if (c.handler !== undefined) f.handler = c.handler;
      if (c.returnBy !== undefined) f.returnBy = c.returnBy;
      if (c.returned !== undefined) f.returnedAt = c.returned;
      return f;
    },
    start: (c) => c.borrowedMs,
  },
  {
    rule: signedImmutable,
    reads: ['document-signed', 'document-modified'],
    open: (c) => c.signed !== undefined,
    // An unauthorised change after signing breaches for good; an authorised one leaves it watched.
    done: (c) => {
      const change = changeAfterSigning(c);
      return change !== undefined && change.authorised !== true;
    },
    facts: (c) => {
      const f: Record<string, unknown> = { signedAt: c.signed };
      const change = changeAfterSigning(c);
      if (change !== undefined) f.modifiedAt = change.at;
      if (change?.authorised !== undefined) f.changeAuthorised = change.authorised;
      return f;
    },
    start: (c) => c.signedMs,
  },
  route(incomingRoute, 'incoming'),
  route(outgoingRoute, 'outgoing'),
];

/**
 * The change after the signature that decides P02.signed-immutable: the first unauthorised one, else the
 * first authorised one. A change at or before the signing instant is a draft.
 */
function changeAfterSigning(c: Document): Change | undefined {
  let first: Change | undefined;
  let firstUnauthorised: Change | undefined;
  for (const change of c.changes) {
    if (change.ms <= c.signedMs) continue;
    if (first === undefined || change.ms < first.ms) first = change;
    if (change.authorised !== true && (firstUnauthorised === undefined || change.ms < firstUnauthorised.ms)) {
      firstUnauthorised = change;
    }
  }
  return firstUnauthorised ?? first;
}

function complete(c: Document): boolean {
  let opened = false;
  for (const o of obligations) {
    if (!o.open(c)) continue;
    opened = true;
    if (!isDecided(c, o.rule)) return false;
  }
  // Nothing opened yet (a return, a change): the loan or signature may come on a later line.
  if (!opened) return false;
  // A signed document stays watched for changes until the end (or the horizon).
  return c.signed === undefined;
}

export function documents(): Family {
  const cases = new CaseBook<Document>({
    create: (key) => ({
      key,
      lines: [],
      last: Number.NEGATIVE_INFINITY,
      decided: [],
      borrowedMs: 0,
      signedMs: 0,
      changes: [],
      incoming: [],
      outgoing: [],
      firstStepMs: 0,
    }),
    obligations,
    complete,
    orphan: (c) =>
      c.returned !== undefined && c.borrowed === undefined
        ? `document ${c.key} returned but never lent out`
        : undefined,
  });
  const numbers = new Map<string, { numbers: number[]; lines: number[] }>();

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const meta = here(e, engine);
      switch (e.type) {
        case 'document-accessed':
          engine.decide('P02.access', pick(e, ['classification', 'action', 'actorRole', 'gmApproved']), meta);
          return;
        case 'document-destroyed':
          engine.decide(
            'P02.destruction',
            { ...pick(e, ['gmApproved', 'expired', 'approvedAt']), destroyedAt: e.at },
            meta,
          );
          return;
        case 'document-numbered': {
          const series = str(e, 'series') ?? 'internal';
          let s = numbers.get(series);
          if (!s) {
            s = { numbers: [], lines: [] };
            numbers.set(series, s);
          }
          s.numbers.push(num(e, 'number') ?? 0);
          addLine(s.lines, engine.line);
          return;
        }
      }
      const c = cases.touch(caseKey(e), engine, e.employee, e.department);
      switch (e.type) {
        case 'document-borrowed':
          if (c.borrowed === undefined) {
            c.borrowed = e.at;
            c.borrowedMs = engine.atMs;
            c.purpose = str(e, 'purpose');
            c.handler = str(e, 'handler');
            c.returnBy = str(e, 'returnBy');
          }
          break;
        case 'document-returned':
          c.returned ??= e.at;
          break;
        case 'document-signed':
          if (c.signed === undefined) {
            c.signed = e.at;
            c.signedMs = engine.atMs;
          }
          break;
        case 'document-modified':
          // Kept whatever the line order: only a change after the signature matters (drafts change freely).
          c.changes.push({ at: e.at, ms: engine.atMs, authorised: bool(e, 'changeAuthorised') });
          break;
        case 'document-step': {
          const flow = str(e, 'flow') === 'outgoing' ? c.outgoing : c.incoming;
          if ((c.incoming.length === 0 && c.outgoing.length === 0) || engine.atMs < c.firstStepMs) {
            c.firstStepMs = engine.atMs;
          }
          insertStep(flow, { step: str(e, 'step') ?? '', at: e.at, ms: engine.atMs });
          break;
        }
      }
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish(engine: AuditEngine) {
      cases.finish(engine);
      for (const [series, s] of [...numbers].sort(([a], [b]) => (a < b ? -1 : 1))) {
        engine.decide(
          'P02.numbering-continuity',
          // Sorted: the order numbers were logged in says nothing about gaps or duplicates.
          { numbers: [...s.numbers].sort((a, b) => a - b) },
          { lines: s.lines, key: series, at: engine.first, final: true },
        );
      }
      numbers.clear();
    },
  };
}
