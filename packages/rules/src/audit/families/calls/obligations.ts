/**
 * What the calls owe. An escalated question is answered within 30 min (P10), the one obligation, keyed by
 * its rule. `feeds` adds the rules the family decides on the call's own line (P08 at the front desk, P10 on
 * the hotline) and the P12 month every timed call joins (phone use, judged with the month's score):
 * together they are the rules the call events feed.
 */
import { privateCall } from '../../../policies/p01-property-standards/private-call.js';
import { hotlineRecord } from '../../../policies/p05-service-duties/hotline-record.js';
import { onDutyConduct } from '../../../policies/p08-front-desk-duty/on-duty-conduct.js';
import { phoneAnswer as frontDeskAnswer } from '../../../policies/p08-front-desk-duty/phone-answer.js';
import { callback } from '../../../policies/p10-trading-service/callback.js';
import { callback30min } from '../../../policies/p10-trading-service/callback-30min.js';
import { callbackRetry } from '../../../policies/p10-trading-service/callback-retry.js';
import { followUpCase } from '../../../policies/p10-trading-service/follow-up-case.js';
import { hangUp } from '../../../policies/p10-trading-service/hang-up.js';
import { phoneAnswer as hotlineAnswer } from '../../../policies/p10-trading-service/phone-answer.js';
import { promisedReply } from '../../../policies/p10-trading-service/promised-reply.js';
import { rejectionEscalation } from '../../../policies/p10-trading-service/rejection-escalation.js';
import { monthlyScore } from '../../../policies/p12-staff-scoring/monthly-score.js';
import { phoneUse } from '../../../policies/p12-staff-scoring/phone-use.js';
import { type FactsOf, type Obligation, obligation, started } from '../../cases.js';
import type { Feed } from '../family.js';
import type { Question } from './case.js';

const of = obligation<Question>();

export const obligations: readonly Obligation<Question>[] = [
  of({
    rule: callback30min,
    reads: ['question-escalated', 'question-answered'],
    open: (c) => c.asked !== undefined,
    done: (c) => c.answered !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof callback30min> = { askedAt: started(c.asked) };
      if (c.answered !== undefined) f.answeredAt = c.answered;
      if (c.answeredOnCall !== undefined) f.answeredOnCall = c.answeredOnCall;
      return f;
    },
    start: (c) => c.askedMs,
  }),
  of({
    rule: promisedReply,
    reads: ['question-escalated', 'question-answered'],
    // Only a question the desk promised a reply time for owes this; an answer on the call owes nothing.
    open: (c) => c.asked !== undefined && c.promisedBy !== undefined && c.answeredOnCall !== true,
    done: (c) => c.answered !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof promisedReply> = { askedAt: started(c.asked), promisedBy: started(c.promisedBy) };
      if (c.answered !== undefined) f.answeredAt = c.answered;
      return f;
    },
    start: (c) => c.askedMs,
  }),
];

/** Every rule the call events feed: the question's obligation, each call's answer, the P12 month. */
export const feeds: readonly Feed[] = [
  ...obligations,
  { rule: frontDeskAnswer, reads: ['call-answered'] },
  // P05 三: each service-hotline call on record.
  { rule: hotlineRecord, reads: ['hotline-call-recorded'] },
  { rule: hotlineAnswer, reads: ['call-answered'] },
  // Who hung up first, where the hotline's telephony says (P10 (二) line 293).
  { rule: hangUp, reads: ['call-answered'] },
  // A timed call joins its employee's month (P12 phone use), which the month's score judges.
  { rule: phoneUse, reads: ['call-answered', 'call-made'] },
  { rule: monthlyScore, reads: ['call-answered', 'call-made'] },
  // A call the log marks private is banned at any length: P01 行為 9, and on the front desk P08 4.1(3).
  { rule: privateCall, reads: ['call-answered', 'call-made'] },
  { rule: onDutyConduct, reads: ['call-answered', 'call-made'] },
  // P10 (二): a rejected answer reported up (line 289); a callback file closed (lines 298, 301, 302).
  { rule: rejectionEscalation, reads: ['rejection-escalated'] },
  { rule: callback, reads: ['callback-closed'] },
  { rule: callbackRetry, reads: ['callback-closed'] },
  { rule: followUpCase, reads: ['callback-closed'] },
];
