/**
 * Shifts: arrivals (P12 lateness, P08 early arrival at a handover), absences, shift ends (P08 tidying),
 * handovers (P08 and P11 each judge their own fields), lock-up, covers, shift changes, leaving during
 * work and a day's shifts (P14's three, P01's 24-hour duty). Each is judged from its own event; arrivals and absences also join the
 * employee's P12 month. The family keeps nothing between lines: the months are the ledger's.
 */
import { parseDate, parseInstant } from '../../../kernel/time.js';
import { complaintDuty } from '../../../policies/p01-property-standards/complaint-duty.js';
import { earlyLeave as p01EarlyLeave } from '../../../policies/p01-property-standards/early-leave.js';
import { leave } from '../../../policies/p01-property-standards/leave.js';
import { shiftCover } from '../../../policies/p01-property-standards/shift-cover.js';
import { shiftMatter } from '../../../policies/p04-reception-staff/shift-matter.js';
import { handover as frontDeskHandover } from '../../../policies/p08-front-desk-duty/handover.js';
import { handoverArrival } from '../../../policies/p08-front-desk-duty/handover-arrival.js';
import { handoverTidy } from '../../../policies/p08-front-desk-duty/handover-tidy.js';
import { handover as deskHandover } from '../../../policies/p11-front-desk-handover/handover.js';
import { lockUp } from '../../../policies/p11-front-desk-handover/lock-up.js';
import { lateness } from '../../../policies/p12-staff-scoring/lateness.js';
import { earlyLeave as p14EarlyLeave } from '../../../policies/p14-attendance-rosters/early-leave.js';
import { leaveDuringWork } from '../../../policies/p14-attendance-rosters/leave-during-work.js';
import { rosterRevision } from '../../../policies/p14-attendance-rosters/roster-revision.js';
import { shiftChange } from '../../../policies/p14-attendance-rosters/shift-change.js';
import { threeShifts } from '../../../policies/p14-attendance-rosters/three-shifts.js';
import { type FactsOf, given } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { dayKey, monthIndexOfDay } from '../../months.js';
import { defined, type Family, type FamilyContext, type FamilyState, here } from '../family.js';
import { settled } from '../p12-items.js';
import type { ShiftEventType } from './events.js';

/** What a late lateness line is about, for its rejection (p12-items.ts `settled`). */
const SHIFT = { en: 'the shift', zh: '该班次' } as const;

/** What a shift event does, typed per event type. */
type Handlers = {
  readonly [T in ShiftEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/** Whether the facts built from a line hold any field (the line gave any of the rule's fields). */
function hasAny(facts: object): boolean {
  for (const _ in facts) return true;
  return false;
}

export function shifts({ ledger }: FamilyContext): Family {
  const handlers: Handlers = {
    arrived(e, engine) {
      const employee = e.employee;
      const shiftStart = e.shiftStart;
      if (settled(engine, engine.month(parseInstant(shiftStart) ?? engine.atMs), SHIFT)) return;
      const meta = here(e, engine);
      // Built field by field: an arrival is among the commonest events.
      const late: FactsOf<typeof lateness> = { shiftStart, arrivedAt: e.at, employee };
      engine.decide(lateness.id, late, meta);
      if (e.handover === true) {
        const early: FactsOf<typeof handoverArrival> = { shiftStart, arrivedAt: e.at };
        engine.decide(handoverArrival.id, early, meta);
      }
      if (!ledger.scoresMonths) return;
      // Lateness counts in the month of the shift (P12.monthly-score checks that).
      const shiftMs = parseInstant(shiftStart);
      ledger
        .scoring(employee, engine.month(shiftMs ?? engine.atMs), engine.line)
        .lateness.push(shiftStart, shiftMs ?? Number.NaN, e.at, engine.atMs, engine.zone);
    },
    absent(e, engine) {
      const date = e.date ?? dayKey(engine.atMs, engine.zone, engine.speed.time);
      const day = parseDate(date) ?? 0;
      if (settled(engine, monthIndexOfDay(day), { en: `the absence on ${date}`, zh: `${date} 的缺勤` })) return;
      const s = ledger.scoring(e.employee, monthIndexOfDay(day), engine.line);
      if (!s.absentDays.includes(date)) s.absentDays.push(date);
    },
    'shift-ended'(e, engine) {
      const facts: FactsOf<typeof handoverTidy> = defined({
        shiftEnd: e.at,
        tidyStartedAt: e.tidyStartedAt,
        shiftStart: e.shiftStart,
      });
      engine.decide(handoverTidy.id, facts, here(e, engine));
    },
    handover(e, engine) {
      const meta = here(e, engine);
      // Each rule's fields as the line gave them: one it lacks is the rule's to refuse (an incomplete handover).
      const p08 = defined({
        signedByOutgoing: e.signedByOutgoing,
        signedByIncoming: e.signedByIncoming,
        itemsChecked: e.itemsChecked,
        anomaliesRecorded: e.anomaliesRecorded,
        importantWorkOpen: e.importantWorkOpen,
        anomaliesFound: e.anomaliesFound,
        previousRecordRead: e.previousRecordRead,
        followUpsLogged: e.followUpsLogged,
        followUpsHandedOver: e.followUpsHandedOver,
        bothSignedAt: e.bothSignedAt,
        outgoingLeftAt: e.outgoingLeftAt,
      });
      const p11 = defined({
        workHandedOver: e.workHandedOver,
        mailChecked: e.mailChecked,
        keysHandedOver: e.keysHandedOver,
        logged: e.logged,
        itemsHandedOver: e.itemsHandedOver,
      });
      const byP08 = hasAny(p08);
      const byP11 = hasAny(p11);
      if (byP08) engine.decide(frontDeskHandover.id, given<FactsOf<typeof frontDeskHandover>>(p08), meta);
      if (byP11) engine.decide(deskHandover.id, given<FactsOf<typeof deskHandover>>(p11), meta);
      if (!byP08 && !byP11) {
        engine.rejectLine(engine.line, 'invalid-event', {
          en: 'handover: gives neither P08 nor P11 handover fields',
          zh: 'handover：既没有 P08 的交接字段，也没有 P11 的交接字段',
        });
      }
    },
    'lock-up'(e, engine) {
      // A loss is charged to the person responsible (P11 9 由負責人負責承擔): with nobody named it would
      // reach no ledger, so the line must say who.
      if (e.lossValue !== undefined && e.employee === undefined) {
        engine.rejectLine(engine.line, 'invalid-event', {
          en: 'lock-up: a lossValue needs the employee responsible',
          zh: 'lock-up：给出 lossValue 时须写明负责的员工（employee）',
        });
        return;
      }
      const facts: FactsOf<typeof lockUp> = defined({
        lockedUp: e.lockedUp,
        keyReturned: e.keyReturned,
        lossValue: e.lossValue,
      });
      engine.decide(lockUp.id, facts, here(e, engine));
    },
    'shift-covered'(e, engine) {
      const facts: FactsOf<typeof shiftCover> = defined({
        coverStart: e.at,
        coverEnd: e.coverEnd,
        specialEvent: e.specialEvent,
      });
      engine.decide(shiftCover.id, facts, here(e, engine));
    },
    'leave-taken'(e, engine) {
      const facts: FactsOf<typeof leave> = defined({ leaveStart: e.at, specialEvent: e.specialEvent });
      engine.decide(leave.id, facts, here(e, engine));
    },
    'shift-matter'(e, engine) {
      const facts: FactsOf<typeof shiftMatter> = { recorded: e.recorded, reported: e.reported };
      engine.decide(shiftMatter.id, facts, here(e, engine));
    },
    'shift-changed'(e, engine) {
      const facts: FactsOf<typeof shiftChange> = defined({
        changeAt: e.at,
        approvedAt: e.approvedAt,
        kind: e.kind,
        reportedAt: e.reportedAt,
        requestedAt: e.requestedAt,
      });
      engine.decide(shiftChange.id, facts, here(e, engine));
    },
    'roster-revised'(e, engine) {
      const facts: FactsOf<typeof rosterRevision> = defined({
        month: e.month,
        notified: e.notified,
        reissued: e.reissued,
        oldRecalled: e.oldRecalled,
      });
      engine.decide(rosterRevision.id, facts, here(e, engine));
    },
    'left-during-work'(e, engine) {
      const facts: FactsOf<typeof leaveDuringWork> = defined({
        leftAt: e.at,
        approvedAt: e.approvedAt,
        reason: e.reason,
        duringWorkingTime: e.duringWorkingTime,
      });
      engine.decide(leaveDuringWork.id, facts, here(e, engine));
    },
    'left-work'(e, engine) {
      const facts: FactsOf<typeof p01EarlyLeave> = { shiftEnd: e.shiftEnd, leftAt: e.at, employee: e.employee };
      engine.decide(p01EarlyLeave.id, facts, here(e, engine));
      engine.decide(p14EarlyLeave.id, facts, here(e, engine));
    },
    'shifts-set'(e, engine) {
      // The shifts as the line gave them: one the rule cannot read (no start, no end) is its to refuse.
      const facts: FactsOf<typeof threeShifts> = { shifts: e.shifts as FactsOf<typeof threeShifts>['shifts'] };
      const meta = { ...here(e, engine), key: e.case ?? e.date ?? dayKey(engine.atMs, engine.zone, engine.speed.time) };
      engine.decide(threeShifts.id, facts, meta);
      // P01 投訴 3 (24小時值班制度): the same day covered round the clock, with any number of shifts.
      engine.decide(complaintDuty.id, facts satisfies FactsOf<typeof complaintDuty>, meta);
    },
  };

  return {
    handle(e, engine) {
      // The event check routed only shift events here, each valid against its own type's schema.
      const handler = handlers[e.type as ShiftEventType] as (e: unknown, engine: AuditEngine) => void;
      handler(e, engine);
    },
    // Nothing to carry: each line is judged on its own, and what joins a month is in the ledger.
    save: (): FamilyState => ({}),
    restore() {},
  };
}
