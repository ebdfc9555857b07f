/**
 * Inspection items (issue #18, spec/COVERAGE.md section 1b): clauses only a supervisor's inspection or a
 * record of who did something can show — a desk clear of unrelated things, no jewellery on duty, standing
 * service, documents carried only by clerks. Each item is its own rule, so that a finding cites the item's
 * own clause and seed lines, the P10 fine ladder counts only repeats of the same item (第二次違反相同規定),
 * and an item added later is a new id that changes no other (audit/families/inspections/notes.md).
 *
 * The seed attaches no penalty of its own to any of these clauses: a failed item is a breach without a
 * sanction, which the audit's ledger prices only through the P10 ladder where the organisation's `ladder`
 * scope names the rule or its policy (P10's by default, (五)1).
 */
import * as z from 'zod';
import { defineRule, type PolicyCode } from './define-rule.js';
import type { Bilingual } from './result.js';

/** One checklist item: its rule id, the clause and lines it comes from, and what the inspector checks. */
export interface InspectionItem<Id extends string> {
  readonly id: Id;
  readonly policy: PolicyCode;
  readonly clause: string;
  readonly seedLines: readonly [number, number];
  /** What holds when the item passes, as a statement ("nothing unrelated to work lies on the desk"). */
  readonly item: Bilingual;
}

/** The facts of every inspection item: the inspection's outcome, who made it, and what was seen. */
const inspectionFacts = z
  .object({
    passed: z.boolean().meta({
      description: 'the item passed the inspection (false: the inspector found it not kept)',
      zh: '该检查项是否通过（false：检查人发现未做到）',
    }),
    inspector: z.string().trim().min(1).max(100).optional().meta({
      description: 'who inspected (organisation file id or name)',
      zh: '检查人（组织文件中的编号或姓名）',
    }),
    note: z.string().trim().min(1).max(500).optional().meta({
      description: "what the inspector saw, quoted in the finding's explanation",
      zh: '检查人所见情况，写入结论说明',
    }),
  })
  .strict();

const NO_PENALTY: Bilingual = {
  en: 'the seed sets no penalty of its own for this item',
  zh: '原文对此项未规定处罚',
};

/** The rule of one inspection item: met when it passed, breached when the inspector found it not kept. */
export function inspectionRule<Id extends string>(spec: InspectionItem<Id>) {
  return defineRule({
    id: spec.id,
    policy: spec.policy,
    clause: spec.clause,
    seedLines: spec.seedLines,
    kind: 'check',
    title: { en: `Inspection: ${spec.item.en}`, zh: `检查：${spec.item.zh}` },
    facts: inspectionFacts,
    params: z.object({}).strict(),
    evaluate(f) {
      const by = {
        en: f.inspector === undefined ? '' : ` by ${f.inspector}`,
        zh: f.inspector === undefined ? '' : `（检查人：${f.inspector}）`,
      };
      const seen = {
        en: f.note === undefined ? '' : ` (“${f.note}”)`,
        zh: f.note === undefined ? '' : `（“${f.note}”）`,
      };
      if (f.passed) {
        return {
          status: 'met',
          explanation: {
            en: `Inspected${by.en}: ${spec.item.en} — passed${seen.en}`,
            zh: `检查${by.zh}：${spec.item.zh}——通过${seen.zh}`,
          },
        };
      }
      return {
        status: 'breached',
        explanation: {
          en: `Inspected${by.en}: not kept — ${spec.item.en}${seen.en}; ${NO_PENALTY.en}`,
          zh: `检查${by.zh}：未做到——${spec.item.zh}${seen.zh}；${NO_PENALTY.zh}`,
        },
      };
    },
  });
}
