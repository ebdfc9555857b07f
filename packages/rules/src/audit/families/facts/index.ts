/**
 * The generic event: `{"type":"facts","rule":…,"facts":{…}}` hands a rule its facts as they are, so every
 * rule of the catalogue is auditable before a richer event exists for it. Judged at once — except the P12
 * items P12.monthly-score folds (p12-items.ts), which also join the person's month, or only join it.
 */
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import type { Ledger } from '../../ledger/index.js';
import { type Family, type FamilyContext, type FamilyState, here } from '../family.js';
import { type P12Item, p12Items, settled } from '../p12-items.js';

type FactsEvent = AuditEvent<'facts'>;

/** Run a month ladder's rule to check its facts, recording nothing; a refusal rejects the line. */
function accepted(ruleId: string, facts: unknown, engine: AuditEngine): boolean {
  const rule = engine.rule(ruleId);
  if (!rule) return false;
  const outcome = rule.run(facts, engine.config === undefined ? undefined : { config: engine.config });
  if (outcome.ok) return true;
  engine.rejectRefused(engine.line, ruleId, outcome.error, facts);
  return false;
}

/**
 * The person a facts event concerns: the event's `employee`, else the facts' own `employee` (many rules
 * name the person in their facts), so the finding reaches that person's ledger either way. `null`: the
 * two disagree, and the line is rejected.
 */
function personOf(e: FactsEvent, ruleId: string, engine: AuditEngine): string | undefined | null {
  const given = e.facts.employee;
  // Trimmed as the rules' own facts schemas read it.
  const inFacts = typeof given === 'string' && given.trim() !== '' ? given.trim() : undefined;
  if (e.employee !== undefined && inFacts !== undefined && e.employee !== inFacts) {
    engine.rejectLine(engine.line, 'invalid-event', {
      en: `facts: employee is ${e.employee} but facts.employee is ${inFacts}; a ${ruleId} finding concerns one person`,
      zh: `facts：employee 为 ${e.employee}，而 facts.employee 为 ${inFacts}；一条 ${ruleId} 结论只涉及一个人`,
    });
    return null;
  }
  return e.employee ?? inFacts;
}

function scoringItem(e: FactsEvent, item: P12Item, engine: AuditEngine, ledger: Ledger): void {
  const ruleId = e.rule;
  // With a `rules` option that leaves out both the item and the month's score, nothing here is audited.
  if (!engine.includes(ruleId) && !engine.includes('P12.monthly-score')) return;
  const employee = personOf(e, ruleId, engine);
  if (employee === null) return;
  if (employee === undefined || employee === '') {
    engine.rejectLine(engine.line, 'invalid-event', {
      en: `facts: ${ruleId} counts towards a person's P12 month score: give the event's employee (or facts.employee)`,
      zh: `facts：${ruleId} 计入个人的 P12 月度评分：请写明事件的 employee（或 facts.employee）`,
    });
    return;
  }
  const month = item.monthOf(e.facts, engine);
  if (month !== undefined && settled(engine, month, { en: `facts: ${ruleId}`, zh: `facts：${ruleId} ` })) return;
  if (item.atOnce && engine.includes(ruleId)) {
    // The finding stays: the ledger never books an itemised P12 result (only the month's score), so the
    // item is counted once however it is reported — as for the item's own event.
    const meta = { ...here(e, engine), employee, department: engine.departmentOf(employee, e.department) };
    if (engine.decide(ruleId, e.facts, meta) === undefined) return; // rejected: nothing joins the month
  } else if (!accepted(ruleId, e.facts, engine)) return;
  item.merge(e.facts, { engine, ledger, employee });
}

export function facts({ ledger }: FamilyContext): Family {
  return {
    handle(event, engine) {
      // The event check routed only `facts` events here, valid against the type's schema.
      const e = event as FactsEvent;
      const ruleId = e.rule;
      const item = p12Items.get(ruleId);
      if (item !== undefined) {
        scoringItem(e, item, engine, ledger);
        return;
      }
      // Every other rule is judged as given. That includes P12.monthly-score: its finding is reported, but
      // the ledger does not book it (ledger/index.ts) — the month's score is the one computed at month
      // close from the items the log gave; booking a handed-in score as well would count them twice.
      const employee = personOf(e, ruleId, engine);
      if (employee === null) return;
      const meta = here(e, engine);
      engine.decide(
        ruleId,
        e.facts,
        employee === e.employee ? meta : { ...meta, employee, department: engine.departmentOf(employee, e.department) },
      );
    },
    // Nothing of its own to carry over: a P12 item joins the person's month, which the ledger holds.
    save: (): FamilyState => ({}),
    restore() {},
  };
}
