/**
 * Inspections (issue #18): each `inspection-recorded` line is judged at once by the rule of the item it names,
 * booked to the employee inspected (or the department, for an item about a place or a file). Nothing waits
 * for a later line, so the family keeps no state.
 */
import { didYouMean, didYouMeanZh } from '../../../kernel/messages.js';
import type { FactsOf } from '../../cases.js';
import type { AuditEvent } from '../../events.js';
import { type Family, type FamilyState, here } from '../family.js';
import { inspectionRules } from './items.js';

type InspectionRule = (typeof inspectionRules)[number];

const byId: ReadonlyMap<string, InspectionRule> = new Map(inspectionRules.map((rule) => [rule.id, rule]));
const ITEM_IDS = [...byId.keys()];

export function inspections(): Family {
  return {
    handle(e, engine) {
      // The event check routed only inspection events here, each valid against its own type's schema.
      const line = e as AuditEvent<'inspection-recorded'>;
      const rule = byId.get(line.item);
      if (rule === undefined) {
        engine.rejectLine(engine.line, 'invalid-event', {
          en: `inspection-recorded: unknown item ${line.item}${didYouMean(line.item, ITEM_IDS)}; the items are the inspection rules (docs/events.md)`,
          zh: `inspection-recorded：未知的检查项 ${line.item}${didYouMeanZh(line.item, ITEM_IDS)}；检查项即检查规则的编号（见 docs/events.md）`,
        });
        return;
      }
      const facts: FactsOf<InspectionRule> = { passed: line.passed };
      if (line.inspector !== undefined) facts.inspector = line.inspector;
      if (line.note !== undefined) facts.note = line.note;
      engine.decide(rule.id, facts, here(line, engine));
    },
    save: (): FamilyState => ({}),
    restore() {},
  };
}
