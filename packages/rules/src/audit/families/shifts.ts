/**
 * Shifts: arrivals (P12 lateness, P08 early arrival at a handover), absences, shift ends (P08 tidying),
 * handovers (P08 and P11 each judge their own fields), lock-up, covers, shift changes, leaving during
 * work and a day's three shifts. Each is judged from its own event; arrivals and absences also join the
 * employee's P12 month.
 */
import { parseDate, parseInstant } from '../../kernel/time.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { dayKey, monthIndexOfDay } from '../months.js';
import { type Family, type FamilyContext, here, pick, pickInto, str } from './family.js';
import { settled } from './p12-items.js';

const P08_HANDOVER = [
  'signedByOutgoing',
  'signedByIncoming',
  'itemsChecked',
  'anomaliesRecorded',
  'importantWorkOpen',
  'anomaliesFound',
] as const;
const P11_HANDOVER = ['workHandedOver', 'mailChecked', 'keysHandedOver', 'logged', 'itemsHandedOver'] as const;

function hasAny(e: AuditEvent, names: readonly string[]): boolean {
  return names.some((n) => e[n] !== undefined);
}

export function shifts({ ledger }: FamilyContext): Family {
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      const meta = here(e, engine);
      switch (e.type) {
        case 'arrived': {
          const employee = e.employee ?? '';
          const shiftStart = str(e, 'shiftStart') ?? '';
          if (settled(engine, engine.month(parseInstant(shiftStart) ?? engine.atMs), 'the shift')) return;
          const facts = { shiftStart, arrivedAt: e.at, employee };
          engine.decide('P12.lateness', facts, meta);
          if (e.handover === true) engine.decide('P08.handover-arrival', { shiftStart, arrivedAt: e.at }, meta);
          if (!ledger.scoresMonths) return;
          // Lateness counts in the month of the shift (P12.monthly-score checks that).
          const shiftMs = parseInstant(shiftStart);
          ledger
            .scoring(employee, engine.month(shiftMs ?? engine.atMs), engine.line)
            .lateness.push(shiftStart, shiftMs ?? Number.NaN, e.at, engine.atMs, engine.zone, engine.speed.time);
          return;
        }
        case 'absent': {
          const date = str(e, 'date') ?? dayKey(engine.atMs, engine.zone, engine.speed.time);
          const day = parseDate(date) ?? 0;
          if (settled(engine, monthIndexOfDay(day), `the absence on ${date}`)) return;
          const s = ledger.scoring(e.employee ?? '', monthIndexOfDay(day), engine.line);
          if (!s.absentDays.includes(date)) s.absentDays.push(date);
          return;
        }
        case 'shift-ended':
          engine.decide('P08.handover-tidy', pickInto({ shiftEnd: e.at }, e, ['tidyStartedAt', 'shiftStart']), meta);
          return;
        case 'handover': {
          const p08 = hasAny(e, P08_HANDOVER);
          const p11 = hasAny(e, P11_HANDOVER);
          if (p08) engine.decide('P08.handover', pick(e, P08_HANDOVER), meta);
          if (p11) engine.decide('P11.handover', pick(e, P11_HANDOVER), meta);
          if (!p08 && !p11) {
            engine.rejectLine(engine.line, 'invalid-event', 'handover: gives neither P08 nor P11 handover fields');
          }
          return;
        }
        case 'lock-up':
          // A loss is charged to the person responsible (P11 9 由負責人負責承擔): with nobody named it would
          // reach no ledger, so the line must say who.
          if (e.lossValue !== undefined && e.employee === undefined) {
            engine.rejectLine(engine.line, 'invalid-event', 'lock-up: a lossValue needs the employee responsible');
            return;
          }
          engine.decide('P11.lock-up', pick(e, ['lockedUp', 'keyReturned', 'lossValue']), meta);
          return;
        case 'shift-covered':
          engine.decide('P01.shift-cover', pickInto({ coverStart: e.at }, e, ['coverEnd', 'specialEvent']), meta);
          return;
        case 'shift-changed':
          engine.decide(
            'P14.shift-change',
            pickInto({ changeAt: e.at }, e, ['approvedAt', 'kind', 'reportedAt', 'requestedAt']),
            meta,
          );
          return;
        case 'left-during-work':
          engine.decide(
            'P14.leave-during-work',
            pickInto({ leftAt: e.at }, e, ['approvedAt', 'reason', 'duringWorkingTime']),
            meta,
          );
          return;
        case 'shifts-set':
          engine.decide('P14.three-shifts', pick(e, ['shifts']), {
            ...meta,
            key: e.case ?? str(e, 'date') ?? dayKey(engine.atMs, engine.zone, engine.speed.time),
          });
          return;
      }
    },
  };
}
