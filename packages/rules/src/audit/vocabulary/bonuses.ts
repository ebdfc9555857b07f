/** P09 bonus deduction events. */
import { int, num, oneOf, str } from './field-specs.js';
import type { EventTypeSpec } from './index.js';

export const bonusEvents = [
  // ── P09 bonus deductions ─────────────────────────────────────────────────────────────────────────────
  {
    type: 'loss-assessed',
    family: 'bonuses',
    description: 'P09: a complaint’s loss is charged to a person, or shared in a department by base points.',
    rules: ['P09.attribution', 'P09.loss-share', 'P09.bonus-deduction'],
    ids: ['department'],
    fields: { loss: num('the loss, yuan', true) },
  },
  {
    type: 'sanction-imposed',
    family: 'bonuses',
    description: 'P09: an administrative sanction, priced in bonus terms.',
    rules: ['P09.sanction-triggers', 'P09.sanction-deduction'],
    ids: ['employee'],
    fields: {
      sanction: oneOf(['warning', 'minor-demerit', 'major-demerit', 'dismissal'], 'the sanction', true),
      cause: str('one of the fourteen causes of 第二十三條 (P09.sanction-triggers)'),
      bases: int('minor demerits: how many bases'),
    },
  },
] as const satisfies readonly EventTypeSpec[];
