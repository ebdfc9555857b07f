/**
 * Calls: each answered call is judged at once (P08 at the front desk, P10 on the service hotline); every
 * call with an end time joins its employee's month for P12 phone use (too long is chatting), judged when
 * the month closes. An escalated question is a case: answered within 30 min (P10).
 */
import { parseInstant } from '../../kernel/time.js';
import { type CaseBase, CaseBook, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import type { CallFacts } from '../ledger/calls.js';
import { bool, caseKey, type Family, type FamilyContext, here, pick, str } from './family.js';

interface Question extends CaseBase {
  asked?: string;
  askedMs: number;
  answered?: string;
  answeredOnCall?: boolean;
}

const obligations: readonly Obligation<Question>[] = [
  {
    rule: 'P10.callback-30min',
    open: (c) => c.asked !== undefined,
    done: (c) => c.answered !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { askedAt: c.asked };
      if (c.answered !== undefined) f.answeredAt = c.answered;
      if (c.answeredOnCall !== undefined) f.answeredOnCall = c.answeredOnCall;
      return f;
    },
    start: (c) => c.askedMs,
  },
];

// Both rules take `answered`: a call never answered, stripped of it, would be judged as answered.
const PHONE_FACTS = ['rings', 'greeting', 'answered'] as const;

export function calls({ ledger }: FamilyContext): Family {
  const questions = new CaseBook<Question>({
    create: (key) => ({ key, lines: [], last: Number.NEGATIVE_INFINITY, decided: 0, askedMs: 0 }),
    obligations,
    complete: (c) => (c.decided & 1) !== 0,
    orphan: (c) => (c.asked === undefined ? `no question ${c.key} was escalated in the log` : undefined),
  });

  function phoneUse(e: AuditEvent, engine: AuditEngine): void {
    const end = str(e, 'endedAt');
    if (e.employee === undefined || end === undefined || !ledger.scoresMonths) return;
    const direction = str(e, 'direction') === 'inside' ? 'inside' : 'outside';
    const endMs = parseInstant(end);
    if (endMs === undefined) return; // the event check has validated it
    const special = bool(e, 'special');
    // Built field by field (no spread): one per call, the commonest event.
    const call: CallFacts = { direction, start: e.at, end };
    if (special !== undefined) call.special = special;
    ledger
      .scoring(e.employee, engine.month(engine.atMs), engine.line)
      .calls.push(call, engine.atMs, endMs, engine.zone, engine.speed.time);
  }

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      switch (e.type) {
        case 'call-answered': {
          const hotline = str(e, 'line') === 'hotline';
          engine.decide(hotline ? 'P10.phone-answer' : 'P08.phone-answer', pick(e, PHONE_FACTS), here(e, engine));
          phoneUse(e, engine);
          return;
        }
        case 'call-made':
          phoneUse(e, engine);
          return;
      }
      const c = questions.touch(caseKey(e), engine, e.employee, e.department);
      if (e.type === 'question-escalated' && c.asked === undefined) {
        c.asked = e.at;
        c.askedMs = engine.atMs;
      } else if (e.type === 'question-answered' && c.answered === undefined) {
        c.answered = e.at;
        c.answeredOnCall = bool(e, 'answeredOnCall');
      }
      questions.settle(c, engine);
    },
    sweep: (horizon, engine) => questions.sweep(horizon, engine),
    finish: (engine) => questions.finish(engine),
  };
}
