/**
 * Front desk and property-office records (P01, P05, P08): visitor registration, goods release, record forms,
 * duty-log inspections, a day's duty records and letters or visits closed are judged as they are made; household visits and training are month tallies,
 * judged when the month closes (5% of households visited; a plan, weekly sessions, everyone passing).
 */
import { parseMonth } from '../../../kernel/time.js';
import { communityActivity } from '../../../policies/p01-property-standards/community-activity.js';
import { goodsRelease } from '../../../policies/p01-property-standards/goods-release.js';
import { householdVisits } from '../../../policies/p01-property-standards/household-visits.js';
import { idRegistration } from '../../../policies/p01-property-standards/id-registration.js';
import { records } from '../../../policies/p01-property-standards/records.js';
import { training as trainingRule } from '../../../policies/p01-property-standards/training.js';
import { visitorEntry } from '../../../policies/p01-property-standards/visitor-entry.js';
import { letterVisitReply } from '../../../policies/p05-service-duties/letter-visit-reply.js';
import { enquiryReply } from '../../../policies/p08-front-desk-duty/enquiry-reply.js';
import { escalation } from '../../../policies/p08-front-desk-duty/escalation.js';
import { keyReconciliation } from '../../../policies/p08-front-desk-duty/key-reconciliation.js';
import { logIntegrity } from '../../../policies/p08-front-desk-duty/log-integrity.js';
import { patrolFollowUp } from '../../../policies/p08-front-desk-duty/patrol-follow-up.js';
import { records as dutyRecords } from '../../../policies/p08-front-desk-duty/records.js';
import { satisfactionSurvey } from '../../../policies/p08-front-desk-duty/satisfaction-survey.js';
import { unitProcedure } from '../../../policies/p08-front-desk-duty/unit-procedure.js';
import { customerWork } from '../../../policies/p10-trading-service/customer-work.js';
import { visitRegistration } from '../../../policies/p10-trading-service/visit-registration.js';
import { visitRounds } from '../../../policies/p10-trading-service/visit-rounds.js';
import { assessmentForms } from '../../../policies/p12-staff-scoring/assessment-forms.js';
import { type FactsOf, given, type LooseFacts } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { addLine } from '../../ledger/book.js';
import { monthIndexOfKey, monthKey, startOfMonth } from '../../months.js';
import { defined, type Family, type FamilyState, here } from '../family.js';
import type { FrontDeskEventType } from './events.js';

/** A month's household visits: each household once, visits naming none each once. */
interface Visits {
  readonly households: Set<string>;
  anonymous: number;
  readonly lines: number[];
}

/** A month's training: its plan, the sessions held and their counts. */
interface Training {
  planMadeAt?: string;
  /** The sessions the plan lists (培訓 2), from the first plan line that gives them. */
  plannedSessions?: number;
  sessions: number;
  trainees: number;
  passed: number;
  readonly lines: number[];
}

/** What a front desk event does, typed per event type. */
type Handlers = {
  readonly [T in FrontDeskEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

export function frontDesk(): Family {
  let visits = new Map<number, Visits>();
  let training = new Map<number, Training>();

  function trainingOf(month: number): Training {
    let t = training.get(month);
    if (!t) {
      t = { sessions: 0, trainees: 0, passed: 0, lines: [] };
      training.set(month, t);
    }
    return t;
  }

  const handlers: Handlers = {
    'visitor-registered'(e, engine) {
      // Built in place (no spread): the log's most frequent events after calls.
      const facts: FactsOf<typeof idRegistration> = { startedAt: e.startedAt, finishedAt: e.at };
      if (e.persons !== undefined) facts.persons = e.persons;
      engine.decide(idRegistration.id, facts, here(e, engine));
    },
    'goods-released'(e, engine) {
      // The pass's checks as the log gave them: one it leaves out is the rule's to refuse.
      const facts = given<FactsOf<typeof goodsRelease>>({});
      if (e.ownerVerified !== undefined) facts.ownerVerified = e.ownerVerified;
      if (e.passComplete !== undefined) facts.passComplete = e.passComplete;
      if (e.signedByDutyOfficer !== undefined) facts.signedByDutyOfficer = e.signedByDutyOfficer;
      if (e.stamped !== undefined) facts.stamped = e.stamped;
      if (e.isOwner !== undefined) facts.isOwner = e.isOwner;
      if (e.ownerConsent !== undefined) facts.ownerConsent = e.ownerConsent;
      engine.decide(goodsRelease.id, facts, here(e, engine));
    },
    'visitor-admitted'(e, engine) {
      // Consent the line leaves out is not recorded: the rule reads it as not given (放行 4).
      const facts: FactsOf<typeof visitorEntry> = defined({
        residentConsent: e.residentConsent,
        household: e.household,
      });
      engine.decide(visitorEntry.id, facts, here(e, engine));
    },
    'community-activity-held'(e, engine) {
      const facts: FactsOf<typeof communityActivity> = defined({
        inPlan: e.inPlan,
        evaluated: e.evaluated,
        activity: e.activity,
      });
      engine.decide(communityActivity.id, facts, here(e, engine));
    },
    'records-checked'(e, engine) {
      const facts: FactsOf<typeof records> = { period: e.period, present: e.present };
      if (e.incomplete !== undefined) facts.incomplete = e.incomplete;
      engine.decide(records.id, facts, here(e, engine));
    },
    'duty-records-checked'(e, engine) {
      // The day's counts as the check gave them: the line alone decides, in any line order.
      const facts: FactsOf<typeof dutyRecords> = defined({
        date: e.date,
        dutyLog: e.dutyLog,
        handovers: e.handovers,
        handoverRecords: e.handoverRecords,
        jobs: e.jobs,
        jobSheets: e.jobSheets,
      });
      engine.decide(dutyRecords.id, facts, here(e, engine));
    },
    'problem-reported'(e, engine) {
      // The recipients as the log named them: one the rule does not know is its to refuse.
      const facts = { kind: e.kind, foundAt: e.foundAt, reportedAt: e.at, reportedTo: e.reportedTo ?? [] };
      engine.decide(escalation.id, facts satisfies LooseFacts<typeof escalation>, here(e, engine));
    },
    'unit-procedure-done'(e, engine) {
      const facts: FactsOf<typeof unitProcedure> = defined({
        procedure: e.procedure,
        unit: e.unit,
        onDeveloperList: e.onDeveloperList,
        movedIn: e.movedIn,
      });
      engine.decide(unitProcedure.id, facts, here(e, engine));
    },
    'enquiry-answered'(e, engine) {
      const facts: FactsOf<typeof enquiryReply> = {
        channel: e.channel,
        receivedAt: e.receivedAt,
        recorded: e.recorded,
        repliedAt: e.at,
      };
      engine.decide(enquiryReply.id, facts, here(e, engine));
    },
    'letter-visit-closed'(e, engine) {
      // The line carries the letter or visit, its reply and its closing: it alone decides, in any line order.
      const facts: FactsOf<typeof letterVisitReply> = defined({
        channel: e.channel,
        receivedAt: e.receivedAt,
        repliedAt: e.repliedAt,
        followedUp: e.followedUp,
        closedAt: e.at,
      });
      engine.decide(letterVisitReply.id, facts, here(e, engine));
    },
    'patrol-finding-closed'(e, engine) {
      const facts: FactsOf<typeof patrolFollowUp> = defined({
        finding: e.finding,
        rectificationRequested: e.rectificationRequested,
        resultRecorded: e.resultRecorded,
      });
      engine.decide(patrolFollowUp.id, facts, here(e, engine));
    },
    'round-done'(e, engine) {
      // Each round carries its previous one, so the line alone decides it, in any order of the log.
      const round = defined({ doneAt: e.at, previousAt: e.previousAt });
      // A field the rule needs and the line left out is the rule's to refuse (given, not guessed).
      if (e.rule === 'P08.key-reconciliation') {
        const facts = given<FactsOf<typeof keyReconciliation>>({ ...round });
        if (e.listUpdated !== undefined) facts.listUpdated = e.listUpdated;
        engine.decide(keyReconciliation.id, facts, here(e, engine));
      } else if (e.rule === 'P08.satisfaction-survey') {
        const facts = given<FactsOf<typeof satisfactionSurvey>>({ ...round });
        if (e.summarised !== undefined) facts.summarised = e.summarised;
        engine.decide(satisfactionSurvey.id, facts, here(e, engine));
      } else if (e.rule === 'P10.customer-work') {
        const facts = given<FactsOf<typeof customerWork>>({ ...round });
        if (e.activity !== undefined) facts.activity = e.activity;
        engine.decide(customerWork.id, facts, { ...here(e, engine), key: e.case ?? e.at });
      } else {
        const facts = given<FactsOf<typeof visitRounds>>({ ...round });
        if (e.reportWritten !== undefined) facts.reportWritten = e.reportWritten;
        engine.decide(visitRounds.id, facts, { ...here(e, engine), key: e.case ?? e.at });
      }
    },
    'assessment-forms-checked'(e, engine) {
      const facts: FactsOf<typeof assessmentForms> = { month: e.month, staff: e.staff, forms: e.forms };
      engine.decide(assessmentForms.id, facts, here(e, engine));
    },
    'customer-visit'(e, engine) {
      const facts: FactsOf<typeof visitRegistration> = { answeredOnSpot: e.answeredOnSpot };
      if (e.registered !== undefined) facts.registered = e.registered;
      // Keyed by the visit (its case, else its instant): the P10 ladder tells each breach of the month apart.
      engine.decide(visitRegistration.id, facts, { ...here(e, engine), key: e.case ?? e.at });
    },
    'log-inspected'(e, engine) {
      // The pages as the log gave them: the event checks a list, the rule checks each page of it.
      const facts = { pages: e.pages } satisfies LooseFacts<typeof logIntegrity>;
      engine.decide(logIntegrity.id, facts, here(e, engine));
    },
    'household-visited'(e, engine) {
      engine.mentioned.add(householdVisits.id);
      const month = engine.openMonth(engine.atMs);
      let v = visits.get(month);
      if (!v) {
        v = { households: new Set(), anonymous: 0, lines: [] };
        visits.set(month, v);
      }
      // A household visited twice in a month counts once.
      if (e.household === undefined) v.anonymous += 1;
      else v.households.add(e.household);
      addLine(v.lines, engine.line);
    },
    'training-planned'(e, engine) {
      engine.mentioned.add(trainingRule.id);
      if (parseMonth(e.month) === undefined) return;
      const t = trainingOf(Math.max(monthIndexOfKey(e.month), engine.openFrom));
      t.planMadeAt ??= e.at;
      if (e.sessions !== undefined) t.plannedSessions ??= e.sessions;
      addLine(t.lines, engine.line);
    },
    'training-held'(e, engine) {
      engine.mentioned.add(trainingRule.id);
      const t = trainingOf(engine.openMonth(engine.atMs));
      t.sessions += 1;
      t.trainees += e.trainees;
      t.passed += e.passed;
      addLine(t.lines, engine.line);
    },
  };

  return {
    handle(e, engine) {
      // The event check routed only front desk events here, each valid against its own type's schema.
      (handlers[e.type as FrontDeskEventType] as (e: unknown, engine: AuditEngine) => void)(e, engine);
    },
    closeMonth(month, engine) {
      const key = monthKey(month);
      const at = startOfMonth(month, engine.zone, engine.speed.time);
      const v = visits.get(month);
      visits.delete(month);
      if (v || engine.wanted(householdVisits.id)) {
        // Without the organisation file's households the 5% has no base: the rule refuses the month.
        const facts = given<FactsOf<typeof householdVisits>>({ month: key });
        if (engine.org?.households !== undefined) facts.households = engine.org.households;
        facts.visited = v ? v.households.size + v.anonymous : 0;
        engine.decide(householdVisits.id, facts, { lines: v?.lines ?? [], key, at, final: true });
      }
      const t = training.get(month);
      training.delete(month);
      if (t || engine.wanted(trainingRule.id)) {
        const facts: FactsOf<typeof trainingRule> = {
          month: key,
          sessions: t?.sessions ?? 0,
          trainees: t?.trainees ?? 0,
          passed: t?.passed ?? 0,
        };
        if (t?.planMadeAt !== undefined) facts.planMadeAt = t.planMadeAt;
        if (t?.plannedSessions !== undefined) facts.plannedSessions = t.plannedSessions;
        engine.decide(trainingRule.id, facts, { lines: t?.lines ?? [], key, at, final: true });
      }
    },
    save: (): FamilyState => ({ visits, training }),
    restore(state) {
      visits = state.visits as Map<number, Visits>;
      training = state.training as Map<number, Training>;
    },
  };
}
