/**
 * Calls: each answered call is judged at once (P08 at the front desk, P10 on the service hotline); every
 * call with an end time joins its employee's month for P12 phone use (too long is chatting), judged when
 * the month closes. An escalated question is a case: answered within 30 min (P10).
 */
import { parseInstant } from '../../../kernel/time.js';
import { phoneAnswer as frontDeskAnswer } from '../../../policies/p08-front-desk-duty/phone-answer.js';
import { callback30min } from '../../../policies/p10-trading-service/callback-30min.js';
import { phoneAnswer as hotlineAnswer } from '../../../policies/p10-trading-service/phone-answer.js';
import { CaseBook, type FactsOf, isDecided } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import type { CallFacts } from '../../ledger/calls.js';
import { caseFamily, type Family, type FamilyContext, here } from '../family.js';
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
    complete: (c) => isDecided(c, callback30min),
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

  const handlers: Handlers = {
    'call-answered'(e, engine) {
      // Both rules take `answered`: a call never answered, stripped of it, would be judged as answered.
      // Built field by field: the commonest event.
      const facts: AnswerFacts = { rings: e.rings };
      if (e.greeting !== undefined) facts.greeting = e.greeting;
      if (e.answered !== undefined) facts.answered = e.answered;
      const rule = e.line === 'hotline' ? hotlineAnswer : frontDeskAnswer;
      engine.decide(rule.id, facts, here(e, engine));
      phoneUse(e, engine);
    },
    'call-made'(e, engine) {
      phoneUse(e, engine);
    },
    'question-escalated'(e, engine) {
      const c = questions.touch(e.case, engine, e.employee, e.department);
      if (c.asked === undefined) {
        c.asked = e.at;
        c.askedMs = engine.atMs;
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
  };

  return caseFamily(handlers, questions);
}
