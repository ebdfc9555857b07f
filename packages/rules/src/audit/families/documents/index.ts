/**
 * Documents (P02): one case per document for loans (returned by the date set), signatures (never changed
 * afterwards), the incoming and outgoing routes (steps in order, judged when the document is filed or,
 * still in progress, at the end) and a document given to handle (P02 1.11: handled without delay, its result
 * and report written; judged at settlement). Access and destruction are judged as they happen; internal numbers are
 * gathered per series and checked for gaps and duplicates at the end.
 */
import { access } from '../../../policies/p02-document-management/access.js';
import { destruction } from '../../../policies/p02-document-management/destruction.js';
import { distributionTime } from '../../../policies/p02-document-management/distribution-time.js';
import { internalSignoff } from '../../../policies/p02-document-management/internal-signoff.js';
import { numberingContinuity } from '../../../policies/p02-document-management/numbering-continuity.js';
import { CaseBook, type CaseBookState, type FactsOf, isDecided } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { addLine } from '../../ledger/book.js';
import { defined, type Family, type FamilyState, here, insertStep } from '../family.js';
import { createDocument, type Document, orphan } from './case.js';
import type { DocumentEventType } from './events.js';
import { obligations } from './obligations.js';

/** A numbering series' numbers so far, and the lines that gave them. */
interface Series {
  readonly numbers: number[];
  readonly lines: number[];
}

/** The events judged on their own line or gathered per series: they open no document case. */
type DirectEventType =
  | 'document-accessed'
  | 'document-destroyed'
  | 'document-numbered'
  | 'internal-document-sent'
  | 'document-delivered';
const DIRECT: ReadonlySet<string> = new Set<DirectEventType>([
  'document-accessed',
  'document-destroyed',
  'document-numbered',
  'internal-document-sent',
  'document-delivered',
]);
const isDirect = (type: DocumentEventType): type is DirectEventType => DIRECT.has(type);
type CaseEventType = Exclude<DocumentEventType, DirectEventType>;

type DirectHandlers = {
  readonly [T in DirectEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};
/** What a document event does to its case, typed per event type. */
type CaseHandlers = {
  readonly [T in CaseEventType]: (e: AuditEvent<T>, c: Document, engine: AuditEngine) => void;
};

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
  const cases = new CaseBook<Document>({ create: createDocument, obligations, complete, orphan });
  let numbers = new Map<string, Series>();

  const direct: DirectHandlers = {
    'document-accessed'(e, engine) {
      const facts: FactsOf<typeof access> = {
        classification: e.classification,
        action: e.action,
        actorRole: e.actorRole,
        gmApproved: e.gmApproved,
      };
      engine.decide(access.id, facts, here(e, engine));
    },
    'document-destroyed'(e, engine) {
      const facts: FactsOf<typeof destruction> = { gmApproved: e.gmApproved };
      if (e.expired !== undefined) facts.expired = e.expired;
      if (e.approvedAt !== undefined) facts.approvedAt = e.approvedAt;
      facts.destroyedAt = e.at;
      engine.decide(destruction.id, facts, here(e, engine));
    },
    'document-delivered'(e, engine) {
      // Judged on its line: until the organisation sets deliverWithin, the line is rejected as not-configured.
      const facts: FactsOf<typeof distributionTime> = { receivedAt: e.receivedAt, deliveredAt: e.at };
      engine.decide(distributionTime.id, facts, here(e, engine));
    },
    'internal-document-sent'(e, engine) {
      const facts: FactsOf<typeof internalSignoff> = defined({ sentAt: e.at, managerSignedAt: e.managerSignedAt });
      engine.decide(internalSignoff.id, facts, here(e, engine));
    },
    'document-numbered'(e, engine) {
      const series = e.series ?? 'internal';
      let s = numbers.get(series);
      if (!s) {
        s = { numbers: [], lines: [] };
        numbers.set(series, s);
      }
      s.numbers.push(e.number);
      addLine(s.lines, engine.line);
    },
  };

  const onCase: CaseHandlers = {
    'document-borrowed'(e, c, engine) {
      if (c.borrowed !== undefined) return;
      c.borrowed = e.at;
      c.borrowedMs = engine.atMs;
      c.purpose = e.purpose;
      c.handler = e.handler;
      c.returnBy = e.returnBy;
    },
    'document-returned'(e, c) {
      c.returned ??= e.at;
    },
    'document-signed'(e, c, engine) {
      if (c.signed !== undefined) return;
      c.signed = e.at;
      c.signedMs = engine.atMs;
    },
    'document-modified'(e, c, engine) {
      // Kept whatever the line order: only a change after the signature matters (drafts change freely).
      c.changes.push({ at: e.at, ms: engine.atMs, authorised: e.changeAuthorised });
    },
    'document-step'(e, c, engine) {
      const flow = e.flow === 'outgoing' ? c.outgoing : c.incoming;
      if ((c.incoming.length === 0 && c.outgoing.length === 0) || engine.atMs < c.firstStepMs) {
        c.firstStepMs = engine.atMs;
      }
      insertStep(flow, { step: e.step, at: e.at, ms: engine.atMs });
    },
    'document-assigned'(e, c, engine) {
      // The earliest by time, whatever the line order: a later line may carry an earlier instant.
      // At one instant, the smaller text, so that a tie does not depend on the order either.
      if (
        c.assigned !== undefined &&
        (engine.atMs > c.assignedMs || (engine.atMs === c.assignedMs && e.at >= c.assigned))
      )
        return;
      c.assigned = e.at;
      c.assignedMs = engine.atMs;
    },
    'document-handled'(e, c, engine) {
      // The earliest handling by time; two at one instant are read together (written only if both say so),
      // so that neither line order decides it.
      if (c.handled !== undefined && engine.atMs > c.handledMs) return;
      const tie = c.handled !== undefined && engine.atMs === c.handledMs;
      c.resultWritten = tie ? c.resultWritten === true && e.resultWritten : e.resultWritten;
      c.handled = tie && c.handled !== undefined && c.handled < e.at ? c.handled : e.at;
      c.handledMs = engine.atMs;
    },
  };

  return {
    handle(e, engine) {
      // The event check routed only document events here, each valid against its own type's schema.
      const type = e.type as DocumentEventType;
      if (isDirect(type)) {
        (direct[type] as (e: unknown, engine: AuditEngine) => void)(e, engine);
        return;
      }
      const c = cases.touch(e.case ?? '', engine, e.employee, e.department);
      (onCase[type] as (e: unknown, c: Document, engine: AuditEngine) => void)(e, c, engine);
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish(engine) {
      cases.finish(engine);
      for (const [series, s] of [...numbers].sort(([a], [b]) => (a < b ? -1 : 1))) {
        // Sorted: the order numbers were logged in says nothing about gaps or duplicates.
        const facts: FactsOf<typeof numberingContinuity> = { numbers: [...s.numbers].sort((a, b) => a - b) };
        engine.decide(numberingContinuity.id, facts, { lines: s.lines, key: series, at: engine.first, final: true });
      }
      numbers.clear();
    },
    save: (): FamilyState => ({ cases: cases.save(), numbers }),
    restore(state) {
      cases.restore(state.cases as CaseBookState<Document>);
      numbers = state.numbers as Map<string, Series>;
    },
  };
}
