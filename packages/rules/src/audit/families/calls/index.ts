/**
 * Calls: each answered call is judged at once (P08 at the front desk, P10 on the service hotline); every
 * call with an end time joins its employee's month for P12 phone use (too long is chatting), judged when
 * the month closes. An escalated question is a case: answered within 30 min (P10).
 */
import { parseInstant } from '../../../kernel/time.js';
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
import { rejectionEscalation } from '../../../policies/p10-trading-service/rejection-escalation.js';
import { allOpenDecided, CaseBook, type FactsOf, isDecided } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import type { CallFacts } from '../../ledger/calls.js';
import { caseFamily, defined, type Family, type FamilyContext, here } from '../family.js';
import { createQuestion, orphan, type Question } from './case.js';
import type { CallEventType } from './events.js';
import { obligations } from './obligations.js';

/** What a call event does, typed per event type. */
type Handlers = {
  readonly [T in CallEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/** The facts both phone-answer rules take (P08 and P10 judge the same three). */
type AnswerFacts = FactsOf<typeof frontDeskAnswer> & FactsOf<typeof hotlineAnswer>;

export function calls({ ledger }: FamilyContext): Family {
  const questions = new CaseBook<Question>({
    create: createQuestion,
    obligations,
    // The 30-minute answer decided (an answer with no escalation yet waits for it), and any promised reply.
    complete: (c) => isDecided(c, callback30min) && allOpenDecided(c, obligations),
    orphan,
  });

  /** A timed call joins its employee's P12 month (phone use). */
  function phoneUse(e: AuditEvent<'call-answered'> | AuditEvent<'call-made'>, engine: AuditEngine): void {
    const end = e.endedAt;
    if (e.employee === undefined || end === undefined || !ledger.scoresMonths) return;
    const direction = e.direction === 'inside' ? 'inside' : 'outside';
    const endMs = parseInstant(end);
    if (endMs === undefined) return; // the event check has validated it
    // Built field by field (no spread): one per call, the commonest event.
    const call: CallFacts = { direction, start: e.at, end };
    if (e.special !== undefined) call.special = e.special;
    ledger
      .scoring(e.employee, engine.month(engine.atMs), engine.line)
      .calls.push(call, engine.atMs, endMs, engine.zone);
  }

  /**
   * A call the log marks private or not: P01 行為 9 judges it either way; a private one is also a non-work
   * call under P08 4.1(3), unless it came in on the trading firm's hotline (P10's, not the front desk's).
   * A call the log does not mark is not judged: most logs do not know.
   */
  function privateUse(e: AuditEvent<'call-answered'> | AuditEvent<'call-made'>, engine: AuditEngine): void {
    if (e.private === undefined) return;
    const facts: FactsOf<typeof privateCall> = { private: e.private };
    if (e.employee !== undefined) facts.employee = e.employee;
    engine.decide(privateCall.id, facts, here(e, engine));
    if (!e.private || ('line' in e && e.line === 'hotline')) return;
    const conduct: FactsOf<typeof onDutyConduct> = { act: 'non-work-call' };
    if (e.employee !== undefined) conduct.employee = e.employee;
    engine.decide(onDutyConduct.id, conduct, here(e, engine));
  }

  const handlers: Handlers = {
    'call-answered'(e, engine) {
      // Both rules take `answered`: a call never answered, stripped of it, would be judged as answered.
      // Built field by field: the commonest event.
      const facts: AnswerFacts = { rings: e.rings };
      if (e.greeting !== undefined) facts.greeting = e.greeting;
      if (e.answered !== undefined) facts.answered = e.answered;
      const rule = e.line === 'hotline' ? hotlineAnswer : frontDeskAnswer;
      engine.decide(rule.id, facts, here(e, engine));
      // P10 (二) line 293 is the hotline's: a front-desk call's hang-up is no rule's.
      if (e.hungUpBy !== undefined && e.line === 'hotline') {
        // Keyed by the call (its case, else its instant): the P10 ladder tells each breach of the month apart.
        const meta = { ...here(e, engine), key: e.case ?? e.at };
        engine.decide(hangUp.id, { hungUpBy: e.hungUpBy } satisfies FactsOf<typeof hangUp>, meta);
      }
      phoneUse(e, engine);
      privateUse(e, engine);
    },
    'hotline-call-recorded'(e, engine) {
      const facts: FactsOf<typeof hotlineRecord> = { recorded: e.recorded };
      if (e.repair !== undefined) facts.repair = e.repair;
      if (e.repairNoted !== undefined) facts.repairNoted = e.repairNoted;
      engine.decide(hotlineRecord.id, facts, here(e, engine));
    },
    'call-made'(e, engine) {
      phoneUse(e, engine);
      privateUse(e, engine);
    },
    'question-escalated'(e, engine) {
      const c = questions.touch(e.case, engine, e.employee, e.department);
      if (c.asked === undefined) {
        c.asked = e.at;
        c.askedMs = engine.atMs;
        if (e.promisedBy !== undefined) c.promisedBy = e.promisedBy;
      }
      questions.settle(c, engine);
    },
    'question-answered'(e, engine) {
      const c = questions.touch(e.case, engine, e.employee, e.department);
      if (c.answered === undefined) {
        c.answered = e.at;
        c.answeredOnCall = e.answeredOnCall;
      }
      questions.settle(c, engine);
    },
    'rejection-escalated'(e, engine) {
      const facts: FactsOf<typeof rejectionEscalation> = { rejectedAt: e.rejectedAt, escalatedAt: e.at };
      // Keyed by the case (else the instant): the P10 ladder tells each breach of the month apart.
      engine.decide(rejectionEscalation.id, facts, { ...here(e, engine), key: e.case ?? e.at });
    },
    'callback-closed'(e, engine) {
      // Judged as the file closes: the callback's timing (when the answer's time is given), the further call
      // after a rejected solution (line 301), the follow-up case of a new need (line 302).
      const meta = { ...here(e, engine), key: e.case ?? e.calledBackAt };
      if (e.answeredAt !== undefined) {
        const timing: FactsOf<typeof callback> = { answeredAt: e.answeredAt, calledBackAt: e.calledBackAt };
        engine.decide(callback.id, timing, meta);
      }
      const retry: FactsOf<typeof callbackRetry> = defined({
        calledBackAt: e.calledBackAt,
        accepted: e.accepted,
        calledAgainAt: e.calledAgainAt,
        againstPrinciples: e.againstPrinciples,
      });
      engine.decide(callbackRetry.id, retry, meta);
      if (e.newNeed !== undefined) {
        const followUp: FactsOf<typeof followUpCase> = defined({
          newNeed: e.newNeed,
          solvedOnCall: e.solvedOnCall,
          originalCase: e.case,
          followUpCase: e.followUpCase,
          followUpOf: e.followUpOf,
          followUpAnswered: e.followUpAnswered,
        });
        engine.decide(followUpCase.id, followUp, meta);
      }
    },
  };

  return caseFamily(handlers, questions);
}
