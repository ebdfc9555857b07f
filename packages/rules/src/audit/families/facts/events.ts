/**
 * The generic event: hands one rule its facts directly. It feeds every rule of the registry (`feeds.ts`),
 * which the vocabulary says as `*`.
 */
import { object, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const factsEvents = [
  // ── the generic event ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'facts',
    family: 'facts',
    description: 'Hands one rule its facts directly: every rule is auditable from day one.',
    ids: [],
    fields: {
      rule: str('the rule id', true),
      facts: object('the rule’s facts, exactly as for evaluate()', true),
    },
  },
] as const satisfies readonly EventTypeSpec[];
