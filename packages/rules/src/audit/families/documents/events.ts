/**
 * Document events (P02). The rules each feeds are derived from the family's obligations and direct
 * decisions (`obligations.ts`), not written here.
 */
import { bool, instant, int, oneOf, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const documentEvents = [
  // ── documents: P02 ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'document-borrowed',
    family: 'documents',
    description: 'P02: a file is lent out.',
    ids: ['case'],
    fields: {
      purpose: str('what it is borrowed for'),
      handler: str('who handles the loan'),
      returnBy: str('when it is to be back (date or instant)'),
    },
  },
  {
    type: 'document-returned',
    family: 'documents',
    description: 'P02: a lent file comes back; decides P02.borrowing-record.',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-accessed',
    family: 'documents',
    description: 'P02: a document is read, copied, taken out, spread or shown to someone else.',
    ids: [],
    fields: {
      classification: oneOf(['ordinary', 'secret', 'personnel'], 'the document’s class', true),
      action: oneOf(
        ['read', 'copy', 'remove', 'spread', 'show'],
        'what was done (spread: 散播; show: 給他人過目)',
        true,
      ),
      actorRole: str('the role of who did it', true),
      gmApproved: bool('the general manager approved', true),
    },
  },
  {
    type: 'document-destroyed',
    family: 'documents',
    description: 'P02: expired documents are destroyed.',
    ids: [],
    fields: {
      gmApproved: bool('the general manager approved', true),
      expired: bool('the documents had expired'),
      approvedAt: instant('when the general manager approved'),
    },
  },
  {
    type: 'document-signed',
    family: 'documents',
    description: 'P02: a leader signs a document (it must not change afterwards).',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-modified',
    family: 'documents',
    description: 'P02: a document is modified.',
    ids: ['case'],
    fields: { changeAuthorised: bool('the change was authorised by the signer') },
  },
  {
    type: 'document-step',
    family: 'documents',
    description: 'P02: one step of an incoming or outgoing document’s route.',
    ids: ['case'],
    fields: {
      flow: oneOf(['incoming', 'outgoing'], 'the route', true),
      step: str('the step’s name', true),
    },
  },
  {
    type: 'document-numbered',
    family: 'documents',
    description: 'P02: an internal document gets its number (gaps and duplicates are reported).',
    ids: [],
    fields: { number: int('the document number', true), series: str('the numbering series; default one series') },
  },
  {
    type: 'document-delivered',
    family: 'documents',
    description: 'P02: a document reaches the person it is for (1.10: 及時, the limit the organisation sets).',
    ids: [],
    fields: { receivedAt: instant('when it came in for distribution', true) },
  },
  {
    type: 'internal-document-sent',
    family: 'documents',
    description: 'P02: an internal document or liaison slip goes out (2.3.1: signed by the department manager first).',
    ids: [],
    fields: {
      managerSignedAt: instant('when the drafting department’s manager signed it (absent: not signed)'),
      title: str('the document or liaison slip'),
    },
  },
  {
    type: 'document-assigned',
    family: 'documents',
    description:
      'P02 1.11: a document reaches the department that must handle it (不得延辦: the limit the organisation sets).',
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-handled',
    family: 'documents',
    description: 'P02 1.11: a document’s handling is finished; decides P02.internal-handling with its assignment.',
    ids: ['case'],
    fields: { resultWritten: bool('the handler wrote the result and the report (填寫結果和報告)', true) },
  },
] as const satisfies readonly EventTypeSpec[];

/** The document family's event types. */
export type DocumentEventType = (typeof documentEvents)[number]['type'];
