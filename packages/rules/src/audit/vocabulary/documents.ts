/** Document events (P02). */
import { bool, instant, int, oneOf, str } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

export const documentEvents = [
  // ── documents: P02 ─────────────────────────────────────────────────────────────────────────────────
  {
    type: 'document-borrowed',
    family: 'documents',
    description: 'P02: a file is lent out.',
    rules: ['P02.borrowing-record'],
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
    rules: ['P02.borrowing-record'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-accessed',
    family: 'documents',
    description: 'P02: a document is read, copied or taken out.',
    rules: ['P02.access'],
    ids: [],
    fields: {
      classification: oneOf(['ordinary', 'secret', 'personnel'], 'the document’s class', true),
      action: oneOf(['read', 'copy', 'remove'], 'what was done', true),
      actorRole: str('the role of who did it', true),
      gmApproved: bool('the general manager approved', true),
    },
  },
  {
    type: 'document-destroyed',
    family: 'documents',
    description: 'P02: expired documents are destroyed.',
    rules: ['P02.destruction'],
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
    rules: ['P02.signed-immutable'],
    ids: ['case'],
    fields: {},
  },
  {
    type: 'document-modified',
    family: 'documents',
    description: 'P02: a document is modified.',
    rules: ['P02.signed-immutable'],
    ids: ['case'],
    fields: { changeAuthorised: bool('the change was authorised by the signer') },
  },
  {
    type: 'document-step',
    family: 'documents',
    description: 'P02: one step of an incoming or outgoing document’s route.',
    rules: ['P02.incoming-route', 'P02.outgoing-route'],
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
    rules: ['P02.numbering-continuity'],
    ids: [],
    fields: { number: int('the document number', true), series: str('the numbering series; default one series') },
  },
] as const satisfies readonly EventTypeSpec[];
