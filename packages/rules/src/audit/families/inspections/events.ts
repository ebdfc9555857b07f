/**
 * Inspection events (issue #18): a supervisor's checklist, one line per item inspected. The rules each feeds
 * are derived from the family's feeds (`feeds.ts`), not written here.
 */
import { bool, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const inspectionEvents = [
  // ── inspections: section 1b of the seed's coverage, any policy ─────────────────────────────────────
  {
    type: 'inspection-recorded',
    family: 'inspections',
    description:
      'A checklist item inspected (who was inspected: `employee`, when: `at`, by whom, the item, passed or not; the `note` is quoted in the finding).',
    ids: [],
    fields: {
      // A text, not a choice: 41 ids in the type's schema would bury the event's reference, and the family
      // names the closest item when one is misspelt.
      item: str('the checklist item: an inspection rule id, e.g. P04.inspection-no-jewellery (listed below)', true),
      passed: bool('the item passed (false: the inspector found it not kept)', true),
      inspector: str('the employee who inspected (organisation file id)'),
    },
  },
] as const satisfies readonly EventTypeSpec[];
