/**
 * P09 bonus deduction events. The rules each feeds are derived from the family's feeds (`feeds.ts`), not
 * written here.
 */
import { int, num, oneOf, str } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const bonusEvents = [
  // ── P09 bonus deductions ─────────────────────────────────────────────────────────────────────────────
  {
    type: 'loss-assessed',
    family: 'bonuses',
    description: 'P09: a complaint’s loss is charged to a person, or shared in a department by base points.',
    ids: ['department'],
    fields: { loss: num('the loss, yuan', true) },
  },
  {
    type: 'sanction-imposed',
    family: 'bonuses',
    description: 'P09: an administrative sanction, priced in bonus terms.',
    ids: ['employee'],
    fields: {
      sanction: oneOf(['warning', 'minor-demerit', 'major-demerit', 'dismissal'], 'the sanction', true),
      cause: str('one of the fourteen causes of 第二十三條 (P09.sanction-triggers)'),
      bases: int('minor demerits: how many bases'),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The bonus family's event types. */
export type BonusEventType = (typeof bonusEvents)[number]['type'];
