/**
 * P09 bonus deduction events. The rules each feeds are derived from the family's feeds (`feeds.ts`), not
 * written here.
 */
import { instant, int, num, oneOf, str, strings } from '../../vocabulary/field-specs.js';
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
  {
    type: 'penalty-executed',
    family: 'bonuses',
    description:
      'A complaint penalty is executed (P09 第十九條 2, 第二十三條; P13 第十二條(二)): its approval and paperwork are judged.',
    ids: [],
    fields: {
      scheme: oneOf(['retail', 'manufacturing'], 'P09 (retail) or P13 (manufacturing)', true),
      kind: oneOf(['bonus-deduction', 'sanction'], 'P09: a bonus deduction (default) or an administrative sanction'),
      approvedAt: instant('when the general manager approved the 獎罰通知單 or the sanction; absent: not approved'),
      publishedAt: instant('P09 sanctions: when HR-admin published it'),
      copies: strings('P13: where the approved notice’s copies went (gm-office, accounting, penalised-department)'),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The bonus family's event types. */
export type BonusEventType = (typeof bonusEvents)[number]['type'];
