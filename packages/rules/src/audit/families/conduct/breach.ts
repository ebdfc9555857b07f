/**
 * A conduct breach (`conduct-breach`): P12 items are judged at once and join the employee's month (chatting
 * and reading are month ladders, judged when the month closes); P10 fines (private dealings, quarrels,
 * leaks) are computed at once; a breach of a named service rule goes to the P10 ladder. A judged breach
 * counts against its department's month (P04 1.6).
 */

import type { Bilingual } from '../../../kernel/result.js';
import { zeroIncidents } from '../../../policies/p04-reception-staff/zero-incidents.js';
import { keepPost } from '../../../policies/p08-front-desk-duty/keep-post.js';
import { onDutyConduct } from '../../../policies/p08-front-desk-duty/on-duty-conduct.js';
import { leak } from '../../../policies/p10-trading-service/leak.js';
import { privateDealings } from '../../../policies/p10-trading-service/private-dealings.js';
import { quarrel } from '../../../policies/p10-trading-service/quarrel.js';
import { dozing } from '../../../policies/p12-staff-scoring/dozing.js';
import { dress } from '../../../policies/p12-staff-scoring/dress.js';
import { grooming } from '../../../policies/p12-staff-scoring/grooming.js';
import { ownerQuarrel } from '../../../policies/p12-staff-scoring/owner-quarrel.js';
import { posture } from '../../../policies/p12-staff-scoring/posture.js';
import { serviceComplaint } from '../../../policies/p12-staff-scoring/service-complaint.js';
import { type FactsOf, given, type LooseFacts } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import type { Ledger } from '../../ledger/index.js';
import { here } from '../family.js';
import { violationsIn } from './counters.js';

type Breach = AuditEvent<'conduct-breach'>;

/** Kinds whose rule counts occurrences: `times` says how many. The others judge one incident per line. */
const COUNTED: ReadonlySet<Breach['kind']> = new Set(['posture', 'chatting', 'reading', 'private-dealings']);

/**
 * Why a breach cannot be judged as given, if it cannot. A default here would change the verdict silently:
 * a dress breach with no missing item would be "all worn" (met); a service-rule breach with no rule would be
 * the same rule as every other unnamed one, and the P10 ladder (第二次違反相同規定) would double its fine;
 * `times` on a one-incident kind would be dropped.
 */
function missingFact(e: Breach): Bilingual | undefined {
  const kind = e.kind;
  if (kind === 'dress' && e.missing === undefined) {
    return { en: 'a dress breach names the missing items (`missing`)', zh: 'dress 违规须写明缺少的物品（`missing`）' };
  }
  if (kind === 'service-rule' && e.rule === undefined) {
    return {
      en: 'a service-rule breach names the rule broken (`rule`): only repeats of the same rule are doubled',
      zh: 'service-rule 违规须写明违反的规定（`rule`）：只有再次违反同一规定才加倍',
    };
  }
  const times = e.times;
  if (times !== undefined && times !== 1 && !COUNTED.has(kind)) {
    return {
      en: `\`times\` counts posture, chatting, reading and private dealings; a ${kind} breach is one incident per line`,
      zh: `\`times\` 只用于 posture、chatting、reading 和 private-dealings；${kind} 违规每行一次`,
    };
  }
  if (times !== undefined && times < 1) return { en: '`times` must be at least 1', zh: '`times` 至少为 1' };
  return undefined;
}

export function judgeBreach(e: Breach, engine: AuditEngine, ledger: Ledger): void {
  const employee = e.employee;
  const meta = here(e, engine);
  const month = engine.month(engine.atMs);
  const scoring = () => ledger.scoring(employee, month, engine.line);
  const severity = e.severity;
  const kind = e.kind;
  const refusal = missingFact(e);
  if (refusal !== undefined) {
    // Not judged, so not a violation either (P04): a rejected line changes no finding.
    engine.rejectLine(engine.line, 'invalid-event', {
      en: `conduct-breach: ${refusal.en}`,
      zh: `conduct-breach：${refusal.zh}`,
    });
    return;
  }
  const times = e.times ?? 1;
  const rejectedBefore = engine.rejected;
  switch (kind) {
    case 'dress': {
      const missing = e.missing ?? [];
      // The items as the log named them: one that is not uniform, badge or tie is the rule's to refuse.
      engine.decide(dress.id, { missing, employee } satisfies LooseFacts<typeof dress>, meta);
      scoring().dress.push({ missing, employee });
      break;
    }
    case 'grooming': {
      // The severity as the log gave it: without one, the rule refuses the line.
      const facts = given<FactsOf<typeof grooming>>({});
      if (severity !== undefined) facts.severity = severity;
      if (e.aspect !== undefined) facts.aspect = e.aspect;
      facts.employee = employee;
      engine.decide(grooming.id, facts, meta);
      if (severity !== undefined) {
        scoring().grooming.push({ severity, ...(e.aspect !== undefined && { aspect: e.aspect }), employee });
      }
      break;
    }
    case 'posture': {
      const facts: FactsOf<typeof posture> = { times, employee };
      engine.decide(posture.id, facts, meta);
      scoring().posture += times;
      break;
    }
    case 'dozing': {
      const facts = given<FactsOf<typeof dozing>>(severity === undefined ? { employee } : { severity, employee });
      engine.decide(dozing.id, facts, meta);
      if (severity !== undefined) scoring().dozing.push({ severity, employee });
      break;
    }
    case 'service-complaint': {
      const facts = given<FactsOf<typeof serviceComplaint>>(
        severity === undefined ? { employee } : { severity, employee },
      );
      engine.decide(serviceComplaint.id, facts, meta);
      if (severity !== undefined) scoring().serviceComplaints.push({ severity, employee });
      break;
    }
    case 'chatting':
      // A month ladder, judged with the month's count when the month closes; `times` occurrences at once,
      // as a `facts` event's `count` gives them.
      for (let i = 0; i < times; i += 1) scoring().chats.push({ at: engine.atMs, severity });
      break;
    case 'reading':
      for (let i = 0; i < times; i += 1) scoring().readings.push({ at: engine.atMs, severity });
      break;
    case 'private-dealings': {
      // (五)2: 200元/次 — each time is fined.
      const facts: FactsOf<typeof privateDealings> = { count: times };
      if (e.conduct !== undefined) facts.conduct = e.conduct;
      facts.employee = employee;
      engine.decide(privateDealings.id, facts, meta);
      break;
    }
    case 'quarrel': {
      // Without the person's monthly salary in the organisation file, the rule refuses the line.
      const salary = engine.people.get(employee)?.monthlySalary;
      const facts = given<FactsOf<typeof quarrel>>(
        salary === undefined ? { employee } : { monthlySalary: salary, employee },
      );
      engine.decide(quarrel.id, facts, meta);
      break;
    }
    case 'owner-quarrel': {
      // P12 4.2.2(1): the severity as the log gave it (without one, the rule refuses the line). A sanction on
      // the record, not points: it does not join the month's score.
      // Points (the event's severity may be a number) are the rule's to refuse: a quarrel costs a sanction.
      const facts = severity === undefined ? { employee } : { severity, employee };
      engine.decide(ownerQuarrel.id, facts satisfies LooseFacts<typeof ownerQuarrel>, meta);
      break;
    }
    case 'leak':
    case 'serious-leak':
    case 'coercion': {
      const facts: FactsOf<typeof leak> = { kind };
      if (e.amount !== undefined) facts.amount = e.amount;
      if (e.referral !== undefined) facts.referral = e.referral;
      engine.decide(leak.id, facts, meta);
      break;
    }
    case 'snacking':
    case 'smoking':
    case 'wandering':
    case 'non-work-task': {
      // P08 4.1(3): each act observed on duty is one breach.
      const facts: FactsOf<typeof onDutyConduct> = { act: kind, employee };
      engine.decide(onDutyConduct.id, facts, meta);
      break;
    }
    case 'left-post': {
      // P08 4.1(9) 擅自離崗 (4.1(3)'s 脫崗): a breach logged is a departure without leave.
      const facts: FactsOf<typeof keepPost> = { leaveGiven: false, employee };
      engine.decide(keepPost.id, facts, meta);
      break;
    }
    case 'service-rule':
      // `rule` is required here (missingFact): the ladder doubles only 相同規定, the same rule.
      ledger.breach(employee, { rule: e.rule ?? '', at: engine.atMs, lines: [engine.line], key: e.case }, e.department);
      break;
  }
  // A line its rule refused (a grooming breach without severity…) was not judged: no P04 violation.
  if (engine.rejected > rejectedBefore) return;
  const dept = engine.departmentOf(e.employee, e.department);
  if (dept !== undefined) engine.tally(violationsIn, engine.atMs, 1, dept);
  engine.mentioned.add(zeroIncidents.id);
}
