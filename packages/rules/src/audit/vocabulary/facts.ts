/** The generic event: hands one rule its facts directly. */
import { object, str } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

export const factsEvents = [
  // ── the generic event ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'facts',
    family: 'facts',
    description: 'Hands one rule its facts directly: every rule is auditable from day one.',
    rules: ['*'],
    ids: [],
    fields: {
      rule: str('the rule id', true),
      facts: object('the rule’s facts, exactly as for evaluate()', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];
