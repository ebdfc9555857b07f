/**
 * Conduct: breaches observed at the desk (breach.ts), praise, liability accidents and the P11 desk rules,
 * and P04's "zero incidents" month per department, judged when the month closes from the complaints,
 * violations and accidents counted against it.
 */

import { zeroIncidents } from '../../../policies/p04-reception-staff/zero-incidents.js';
import { residentFiles } from '../../../policies/p08-front-desk-duty/resident-files.js';
import { disclosure } from '../../../policies/p11-front-desk-handover/disclosure.js';
import { itemHolding } from '../../../policies/p11-front-desk-handover/item-holding.js';
import { phoneBill } from '../../../policies/p11-front-desk-handover/phone-bill.js';
import { phoneLending } from '../../../policies/p11-front-desk-handover/phone-lending.js';
import { goodWork } from '../../../policies/p12-staff-scoring/good-work.js';
import { praise } from '../../../policies/p12-staff-scoring/praise.js';
import type { FactsOf } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { monthKey, startOfMonth } from '../../months.js';
import { type Family, type FamilyContext, type FamilyState, here } from '../family.js';
import { judgeBreach } from './breach.js';
import { accidentsIn, complaintsAgainst, violationsIn } from './counters.js';
import type { ConductEventType } from './events.js';

/** What a conduct event does, typed per event type (`dept`: the department it names or its employee's). */
type Handlers = {
  readonly [T in ConductEventType]: (e: AuditEvent<T>, engine: AuditEngine, dept: string | undefined) => void;
};

export function conduct({ ledger }: FamilyContext): Family {
  /** Departments the log named: each has a P04 month, besides the organisation file's. */
  let departments = new Set<string>();

  const handlers: Handlers = {
    'conduct-breach'(e, engine) {
      judgeBreach(e, engine, ledger);
    },
    praised(e, engine) {
      const severity = e.severity;
      const employee = e.employee;
      const facts: FactsOf<typeof praise> = { severity, employee };
      engine.decide(praise.id, facts, here(e, engine));
      ledger.scoring(employee, engine.month(engine.atMs), engine.line).praise.push({ severity, employee });
    },
    'good-work-noted'(e, engine) {
      const times = e.times ?? 1;
      const employee = e.employee;
      const facts: FactsOf<typeof goodWork> = { times, employee };
      // Unconfigured (一定的加分 has no amount), the line is refused and the month's score gains nothing.
      if (engine.decide(goodWork.id, facts, here(e, engine)) === undefined) return;
      ledger.scoring(employee, engine.month(engine.atMs), engine.line).goodWork.add(times);
    },
    accident(_e, engine, dept) {
      if (dept !== undefined) engine.tally(accidentsIn, engine.atMs, 1, dept);
      else {
        engine.rejectLine(engine.line, 'invalid-event', {
          en: 'accident: names no department or known employee',
          zh: 'accident：没有写明部门，也没有组织文件中已知的员工',
        });
      }
      engine.mentioned.add(zeroIncidents.id);
    },
    'number-disclosed'(e, engine) {
      const facts: FactsOf<typeof disclosure> = { supervisorApproved: e.supervisorApproved };
      if (e.approvedAt !== undefined) facts.approvedAt = e.approvedAt;
      facts.disclosed = true;
      facts.disclosedAt = e.at;
      engine.decide(disclosure.id, facts, here(e, engine));
    },
    'item-held'(e, engine) {
      const facts: FactsOf<typeof itemHolding> = { approved: e.approved };
      if (e.approvedBy !== undefined) facts.approvedBy = e.approvedBy;
      if (e.kind !== undefined) facts.kind = e.kind;
      if (e.approvedAt !== undefined) facts.approvedAt = e.approvedAt;
      facts.handledAt = e.at;
      engine.decide(itemHolding.id, facts, here(e, engine));
    },
    'resident-file-disclosed'(e, engine) {
      const facts: FactsOf<typeof residentFiles> = { toOutsider: e.toOutsider, employee: e.employee };
      engine.decide(residentFiles.id, facts, here(e, engine));
    },
    'phone-bill'(e, engine) {
      const facts: FactsOf<typeof phoneBill> = { bill: e.bill };
      if (e.quota !== undefined) facts.quota = e.quota;
      if (e.month !== undefined) facts.month = e.month;
      if (e.lentOut !== undefined) facts.lentOut = e.lentOut;
      engine.decide(phoneBill.id, facts, here(e, engine));
      // The bill's line that says whether the phone was lent answers the ban too (P11 2's first half).
      if (e.lentOut !== undefined) {
        const lending: FactsOf<typeof phoneLending> = { lentOut: e.lentOut, employee: e.employee };
        engine.decide(phoneLending.id, lending, here(e, engine));
      }
    },
    'desk-phone-lent'(e, engine) {
      const facts: FactsOf<typeof phoneLending> = { lentOut: true, employee: e.employee };
      engine.decide(phoneLending.id, facts, here(e, engine));
    },
  };

  return {
    handle(e, engine) {
      const dept = engine.departmentOf(e.employee, e.department);
      if (dept !== undefined) departments.add(dept);
      // The event check routed only conduct events here, each valid against its own type's schema.
      const handler = handlers[e.type as ConductEventType] as (
        e: unknown,
        engine: AuditEngine,
        dept: string | undefined,
      ) => void;
      handler(e, engine, dept);
    },
    closeMonth(month, engine) {
      if (!engine.wanted(zeroIncidents.id)) return;
      const all = new Set([...(engine.org?.departments.map((d) => d.id) ?? []), ...departments]);
      for (const dept of [...all].sort()) {
        const facts: FactsOf<typeof zeroIncidents> = {
          complaints: engine.takeTally(complaintsAgainst, month, dept),
          violations: engine.takeTally(violationsIn, month, dept),
          accidents: engine.takeTally(accidentsIn, month, dept),
          period: monthKey(month),
        };
        engine.decide(zeroIncidents.id, facts, {
          lines: [],
          key: `${dept} ${monthKey(month)}`,
          department: dept,
          at: startOfMonth(month, engine.zone, engine.speed.time),
          final: true,
        });
      }
    },
    save: (): FamilyState => ({ departments }),
    restore(state) {
      departments = state.departments as Set<string>;
    },
  };
}
