/**
 * P09 bonus deductions. A complaint's loss charged to a person is theirs whole (P09.attribution: operations
 * to the person); charged to a department, it is shared by base points (P09.loss-share for each member in
 * the organisation file). Either way it is owed against the monthly bonus, capped at 50% a month with the
 * rest carried (the ledger runs P09.bonus-deduction when the month closes). An administrative sanction's
 * cause is judged at once (P09.sanction-triggers); its price waits for the month close, where the ledger
 * runs P09.sanction-deduction after the capped loss deductions with what the bonus has already lost
 * (ledger/sanctions.ts): priced at once, two sanctions in a month could take more than the whole bonus.
 */
import { attribution } from '../../../policies/p09-retail-complaints/attribution.js';
import { lossShare } from '../../../policies/p09-retail-complaints/loss-share.js';
import { penaltyApproval as retailPenaltyApproval } from '../../../policies/p09-retail-complaints/penalty-approval.js';
import { sanctionTriggers } from '../../../policies/p09-retail-complaints/sanction-triggers.js';
import { collectionRate } from '../../../policies/p13-manufacturing-complaints/collection-rate.js';
import { penaltyApproval as manufacturingPenaltyApproval } from '../../../policies/p13-manufacturing-complaints/penalty-approval.js';
import { returnPaperwork } from '../../../policies/p13-manufacturing-complaints/return-paperwork.js';
import type { FactsOf, LooseFacts } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { fen } from '../../ledger/book.js';
import type { Ledger } from '../../ledger/index.js';
import { defined, type Family, type FamilyContext, type FamilyState, here } from '../family.js';
import type { BonusEventType } from './events.js';

/** What a bonus event does, typed per event type. */
type Handlers = {
  readonly [T in BonusEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

/** A group named in the words of a refusal. */
function groupUnit(department: string, group: string) {
  return { en: `group ${group} of department ${department}`, zh: `部门 ${department} 的组 ${group}` };
}

function loss(e: AuditEvent<'loss-assessed'>, engine: AuditEngine, ledger: Ledger): void {
  const amount = e.loss;
  const department = e.department;
  const meta = here(e, engine);
  if (e.employee !== undefined) {
    const facts: FactsOf<typeof attribution> = { side: 'operations', person: e.employee, department };
    const judged = engine.decide(attribution.id, facts, meta);
    if (judged) ledger.person(e.employee, engine.month(engine.atMs), department).cappedOwedFen += fen(amount);
    return;
  }
  // 第二十二條 1: a production group (組) charged as the unit shares the loss among its members, by the
  // group's base-point total the organisation file gives (the caller passes no total).
  const group = e.group;
  if (group !== undefined) {
    const facts: FactsOf<typeof attribution> = { side: 'production', group, department };
    if (engine.decide(attribution.id, facts, meta) === undefined) return;
  }
  const unit =
    group === undefined ? { en: `department ${department}`, zh: `部门 ${department}` } : groupUnit(department, group);
  const inUnit = (engine.org?.people ?? []).filter(
    (p) => p.department === department && (group === undefined || p.group === group),
  );
  // 第二十一條 2 divides by the unit's total base points: a member whose points are not configured
  // cannot be left out silently (the others' shares would grow), so the loss waits for the configuration.
  const unknown = inUnit.filter((p) => p.basePoints === undefined).map((p) => p.id);
  if (unknown.length > 0 && inUnit.length > unknown.length) {
    engine.rejectLine(engine.line, 'not-configured', {
      en: `loss-assessed: ${unit.en}: no base points for ${unknown.join(', ')} in the organisation file`,
      zh: `loss-assessed：${unit.zh}：组织文件中没有 ${unknown.join('、')} 的基本分（basePoints）`,
    });
    return;
  }
  const members = inUnit.filter((p) => (p.basePoints ?? 0) > 0);
  if (members.length === 0) {
    engine.rejectLine(engine.line, 'not-configured', {
      en: `loss-assessed: ${unit.en} has nobody with base points in the organisation file`,
      zh: `loss-assessed：组织文件中${unit.zh} 没有人有基本分（basePoints）`,
    });
    return;
  }
  const total = members.reduce((sum, p) => sum + (p.basePoints ?? 0), 0);
  for (const p of members) {
    const facts: FactsOf<typeof lossShare> = {
      loss: amount,
      departmentBasePoints: total,
      personBasePoints: p.basePoints ?? 0,
    };
    engine.decide(lossShare.id, facts, { ...meta, employee: p.id, department });
  }
}

/**
 * The approval before a penalty, judged on the line that executes it (the line's time is the execution):
 * P09 第十九條 2, 第二十三條 for retail, P13 第十二條(二) for manufacturing. A copy name outside P13's three, or
 * copies on a retail line, is the rule's to refuse.
 */
function penalty(e: AuditEvent<'penalty-executed'>, engine: AuditEngine): void {
  const given = { approvedAt: e.approvedAt, publishedAt: e.publishedAt, executedAt: e.at };
  if (e.scheme === 'retail') {
    const facts = defined({ ...given, kind: e.kind ?? 'bonus-deduction', copies: e.copies });
    engine.decide(retailPenaltyApproval.id, facts, here(e, engine));
    return;
  }
  const facts = defined({ ...given, kind: e.kind, copies: e.copies ?? [] });
  engine.decide(manufacturingPenaltyApproval.id, facts, here(e, engine));
}

export function bonuses({ ledger }: FamilyContext): Family {
  const handlers: Handlers = {
    'loss-assessed'(e, engine) {
      loss(e, engine, ledger);
    },
    'penalty-executed'(e, engine) {
      penalty(e, engine);
    },
    'return-posted'(e, engine) {
      // The line's time is the posting; a proof outside the seed's list is the rule's to refuse.
      const { kind, managerApproved, gmApproved, customerSealed, reason, method, basis, proof } = e;
      const facts = defined({
        kind,
        postedAt: e.at,
        managerApproved,
        gmApproved,
        customerSealed,
        reason,
        method,
        basis,
        proof,
      });
      engine.decide(returnPaperwork.id, facts, here(e, engine));
    },
    'collection-rate-reported'(e, engine) {
      const { receivable, collected, complaintReceivable, complaintCollected } = e;
      const facts = defined({ receivable, collected, complaintReceivable, complaintCollected });
      engine.decide(collectionRate.id, facts, here(e, engine));
    },
    'sanction-imposed'(e, engine) {
      const cause = e.cause;
      if (cause !== undefined && engine.includes(sanctionTriggers.id)) {
        // A cause outside 第二十三條's fourteen rejects the line: a rejected line is priced nowhere.
        // Imposed: the cause was found true (第二十三條 一經查覺屬實者), which the event itself records.
        const facts = { cause, substantiated: true } satisfies LooseFacts<typeof sanctionTriggers>;
        if (engine.decide(sanctionTriggers.id, facts, here(e, engine)) === undefined) return;
      }
      ledger.impose(
        e.employee,
        { at: engine.atMs, line: engine.line, key: e.case, sanction: e.sanction, bases: e.bases, cause },
        e.department,
      );
    },
  };

  return {
    handle(e, engine) {
      // The event check routed only bonus events here, each valid against its own type's schema.
      (handlers[e.type as BonusEventType] as (e: unknown, engine: AuditEngine) => void)(e, engine);
    },
    // Nothing of its own to carry over: what a person owes is the ledger's (its months and carry-overs).
    save: (): FamilyState => ({}),
    restore() {},
  };
}
