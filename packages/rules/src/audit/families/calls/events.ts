/**
 * Call events (P08 / P10 phone answering, P12 phone use, P10 30-min callbacks). The rules each feeds are
 * derived from the family's obligations, direct decisions and month tallies (`obligations.ts`), not written
 * here.
 */
import { bool, direction, instant, int, oneOf, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const callEvents = [
  // ── calls: P08 / P10 phone answering, P12 phone use, P10 30-min callbacks ──────────────────────────
  {
    type: 'call-answered',
    family: 'calls',
    description: 'A call is answered (rings, greeting); its length counts towards P12 phone use.',
    ids: [],
    fields: {
      rings: int('rings before it was answered', true),
      greeting: str('the greeting as spoken'),
      answered: bool('false when the call was never answered'),
      line: oneOf(['front-desk', 'hotline'], 'front-desk (P08, default) or the trading firm’s service hotline (P10)'),
      direction,
      endedAt: instant('when the call ended (P12 phone use)'),
      special: bool('P12: a call allowed to run long (special circumstances)'),
      private: bool('a private call, not work (P01 行為 9, P08 4.1(3)); left out, not judged'),
      hungUpBy: oneOf(['caller', 'agent'], 'hotline: who hung up first (P10 (二) line 293); left out, not judged'),
    },
  },
  {
    type: 'hotline-call-recorded',
    family: 'calls',
    description:
      'P05 三: a call on the company’s service hotline and whether it is on record; decides P05.hotline-record.',
    ids: [],
    fields: {
      recorded: bool('the call has a record (熱線電話的記錄)', true),
      repair: bool('the call reported a repair (報修)'),
      repairNoted: bool('the repair was written down (記錄報修情況)'),
    },
  },
  {
    type: 'call-made',
    family: 'calls',
    description: 'An employee makes a call (P12 phone use only).',
    ids: ['employee'],
    fields: {
      direction,
      endedAt: instant('when the call ended', true),
      special: bool('a call allowed to run long (special circumstances)'),
      private: bool('a private call, not work (P01 行為 9, P08 4.1(3)); left out, not judged'),
    },
  },
  {
    type: 'question-escalated',
    family: 'calls',
    description: 'P10: a question not answered on the call is escalated; answer due within 30 min.',
    ids: ['case'],
    fields: {
      promisedBy: instant('the reply time promised to the caller (P10 (二) line 292): the answer is due by it'),
    },
  },
  {
    type: 'question-answered',
    family: 'calls',
    description: 'P10: the customer gets the answer; decides P10.callback-30min.',
    ids: ['case'],
    fields: { answeredOnCall: bool('answered on the call after all (no callback owed)') },
  },
  {
    type: 'rejection-escalated',
    family: 'calls',
    description:
      'P10 (二) line 289: a customer who kept rejecting the answer is reported to the person in charge (at `at`).',
    ids: [],
    fields: {
      rejectedAt: instant('when the customer kept rejecting the answer (一再堅持己見)', true),
    },
  },
  {
    type: 'callback-closed',
    family: 'calls',
    description:
      'P10 回訪: the callback of a case (`case`) is closed: the callback, the customer’s answer, any further call and follow-up case.',
    ids: [],
    fields: {
      calledBackAt: instant('when the callback was made', true),
      answeredAt: instant('when the case had its answer to give (P10.callback is judged when given)'),
      accepted: bool('the customer accepted the solution at the callback', true),
      calledAgainAt: instant('when the customer was called again (line 301)'),
      againstPrinciples: bool('calling again would go against the service principles'),
      newNeed: bool('the customer raised a new need at the callback (line 302)'),
      solvedOnCall: bool('the new need was solved on the call'),
      followUpCase: str('the follow-up case opened for the new need'),
      followUpOf: str('the case the follow-up case names as its original'),
      followUpAnswered: bool('the follow-up case was answered'),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The calls family's event types. */
export type CallEventType = (typeof callEvents)[number]['type'];
