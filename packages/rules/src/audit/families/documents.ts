/**
 * Documents (P02): one case per document for loans (returned by the date set), signatures (never changed
 * afterwards) and the incoming and outgoing routes (steps in order, judged when the document is filed or,
 * still in progress, at the end). Access and destruction are judged as they happen; internal numbers are
 * gathered per series and checked for gaps and duplicates at the end.
 */
import { type CaseBase, CaseBook, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { addLine } from '../ledger/book.js';
import { bool, caseKey, type Family, here, num, pick, str } from './family.js';

interface Step {
  readonly step: string;
  readonly at: string;
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
  modified?: string;
  changeAuthorised?: boolean;
  incoming: Step[];
  outgoing: Step[];
  firstStepMs: number;
}

const filed = (steps: readonly Step[]) => steps.some((s) => s.step === 'filed');

const route = (rule: string, flow: 'incoming' | 'outgoing'): Obligation<Document> => ({
  rule,
  open: (c) => c[flow].length > 0,
  done: (c) => filed(c[flow]),
  facts: (c) => ({ steps: c[flow], ...(!filed(c[flow]) && { inProgress: true }) }),
  start: (c) => c.firstStepMs,
});

const obligations: readonly Obligation<Document>[] = [
  {
    rule: 'P02.borrowing-record',
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
    rule: 'P02.signed-immutable',
    open: (c) => c.signed !== undefined,
    done: (c) => c.modified !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { signedAt: c.signed };
      if (c.modified !== undefined) f.modifiedAt = c.modified;
      if (c.changeAuthorised !== undefined) f.changeAuthorised = c.changeAuthorised;
      return f;
    },
    start: (c) => c.signedMs,
  },
  route('P02.incoming-route', 'incoming'),
  route('P02.outgoing-route', 'outgoing'),
];

function complete(c: Document): boolean {
  for (let i = 0; i < obligations.length; i += 1) {
    const o = obligations[i];
    if (o?.open(c) && (c.decided & (1 << i)) === 0) return false;
  }
  // A signed document stays watched for changes until the end (or the horizon).
  return c.signed === undefined;
}

export function documents(): Family {
  const cases = new CaseBook<Document>({
    create: (key) => ({
      key,
      lines: [],
      last: Number.NEGATIVE_INFINITY,
      decided: 0,
      borrowedMs: 0,
      signedMs: 0,
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
          // Only a change after the signature matters; drafts may change freely.
          if (c.signed !== undefined && c.modified === undefined) {
            c.modified = e.at;
            c.changeAuthorised = bool(e, 'changeAuthorised');
          }
          break;
        case 'document-step': {
          const flow = str(e, 'flow') === 'outgoing' ? c.outgoing : c.incoming;
          if (c.incoming.length === 0 && c.outgoing.length === 0) c.firstStepMs = engine.atMs;
          flow.push({ step: str(e, 'step') ?? '', at: e.at });
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
