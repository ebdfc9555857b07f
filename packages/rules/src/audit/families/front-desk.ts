/**
 * Front desk and property-office records (P01, P08): visitor registration, goods release, record forms and
 * duty-log inspections are judged as they are made; household visits and training are month tallies,
 * judged when the month closes (5% of households visited; a plan, weekly sessions, everyone passing).
 */
import { parseMonth } from '../../kernel/time.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { addLine } from '../ledger/book.js';
import { monthIndexOfKey, monthKey, startOfMonth } from '../months.js';
import { type Family, here, num, opt, pick, str } from './family.js';

interface Visits {
  readonly households: Set<string>;
  anonymous: number;
  readonly lines: number[];
}

interface Training {
  planMadeAt?: string;
  sessions: number;
  trainees: number;
  passed: number;
  readonly lines: number[];
}

export function frontDesk(): Family {
  const visits = new Map<number, Visits>();
  const training = new Map<number, Training>();

  function trainingOf(month: number): Training {
    let t = training.get(month);
    if (!t) {
      t = { sessions: 0, trainees: 0, passed: 0, lines: [] };
      training.set(month, t);
    }
    return t;
  }

  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const meta = here(e, engine);
      switch (e.type) {
        case 'visitor-registered': {
          // Built in place (no spread): the log's most frequent events after calls.
          const facts = pick(e, ['startedAt', 'persons']);
          facts.finishedAt = e.at;
          engine.decide('P01.id-registration', facts, meta);
          return;
        }
        case 'goods-released':
          engine.decide(
            'P01.goods-release',
            pick(e, ['ownerVerified', 'passComplete', 'signedByDutyOfficer', 'stamped', 'isOwner', 'ownerConsent']),
            meta,
          );
          return;
        case 'records-checked':
          engine.decide('P01.records', pick(e, ['period', 'present', 'incomplete']), meta);
          return;
        case 'log-inspected':
          engine.decide('P08.log-integrity', pick(e, ['pages']), meta);
          return;
        case 'household-visited': {
          engine.mentioned.add('P01.household-visits');
          const month = engine.openMonth(engine.atMs);
          let v = visits.get(month);
          if (!v) {
            v = { households: new Set(), anonymous: 0, lines: [] };
            visits.set(month, v);
          }
          // A household visited twice in a month counts once.
          const household = str(e, 'household');
          if (household === undefined) v.anonymous += 1;
          else v.households.add(household);
          addLine(v.lines, engine.line);
          return;
        }
        case 'training-planned': {
          engine.mentioned.add('P01.training');
          const planned = str(e, 'month') ?? '';
          if (parseMonth(planned) === undefined) return;
          const t = trainingOf(Math.max(monthIndexOfKey(planned), engine.openFrom));
          t.planMadeAt ??= e.at;
          addLine(t.lines, engine.line);
          return;
        }
        case 'training-held': {
          engine.mentioned.add('P01.training');
          const t = trainingOf(engine.openMonth(engine.atMs));
          t.sessions += 1;
          // Both required by the event check.
          t.trainees += num(e, 'trainees') ?? 0;
          t.passed += num(e, 'passed') ?? 0;
          addLine(t.lines, engine.line);
          return;
        }
      }
    },
    closeMonth(month: number, engine: AuditEngine) {
      const key = monthKey(month);
      const at = startOfMonth(month, engine.zone, engine.speed.time);
      const v = visits.get(month);
      visits.delete(month);
      if (v || engine.wanted('P01.household-visits')) {
        engine.decide(
          'P01.household-visits',
          {
            month: key,
            ...opt('households', engine.org?.households),
            visited: v ? v.households.size + v.anonymous : 0,
          },
          { lines: v?.lines ?? [], key, at, final: true },
        );
      }
      const t = training.get(month);
      training.delete(month);
      if (t || engine.wanted('P01.training')) {
        engine.decide(
          'P01.training',
          {
            month: key,
            sessions: t?.sessions ?? 0,
            trainees: t?.trainees ?? 0,
            passed: t?.passed ?? 0,
            ...opt('planMadeAt', t?.planMadeAt),
          },
          { lines: t?.lines ?? [], key, at, final: true },
        );
      }
    },
  };
}
