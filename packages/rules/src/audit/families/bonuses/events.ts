/**
 * P09 bonus deduction events; the approval before a complaint penalty (P09, P13), and P13's returns,
 * allowances and collection rate (第十三條). The rules each feeds are derived from the family's feeds (`feeds.ts`), not
 * written here.
 */
import { bool, instant, int, num, oneOf, str, strings } from '../../vocabulary/field-specs.js';
import type { EventTypeSpec } from '../../vocabulary/index.js';

export const bonusEvents = [
  // ── P09 bonus deductions ─────────────────────────────────────────────────────────────────────────────
  {
    type: 'loss-assessed',
    family: 'bonuses',
    description: 'P09: a complaint’s loss is charged to a person, or shared in a group or a department by base points.',
    ids: ['department'],
    fields: {
      loss: num('the loss, yuan', true),
      group: str(
        'P09 第二十二條: the production group (組) charged as the unit; its members and their base-point total come from the organisation file',
      ),
    },
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
  {
    type: 'return-posted',
    family: 'bonuses',
    description: 'P13 第十三條: accounting posts a complaint’s allowance or return; its paperwork is judged.',
    ids: [],
    fields: {
      kind: oneOf(['allowance', 'return'], 'an allowance (銷貨折讓) or a return (成品退貨)', true),
      managerApproved: bool('signed or approved by the (deputy) manager'),
      gmApproved: bool('allowance: signed by the (deputy) general manager'),
      customerSealed: bool('allowance: the certificate sealed by the customer'),
      reason: str('return: the reason on the 成品退貨單'),
      method: str('return: the handling method on it'),
      basis: str('return: the basis on it'),
      proof: str('the buyer-stamped proof in hand (see P13.return-paperwork)'),
    },
  },
  {
    type: 'collection-rate-reported',
    family: 'bonuses',
    description: 'P13 第十三條(二)3: a salesperson’s receivables for the collection-rate bonus; the rate is computed.',
    ids: ['employee'],
    fields: {
      receivable: num('the amount due, yuan', true),
      collected: num('the amount collected, yuan', true),
      complaintReceivable: num('the receivable of the complaint forms’ part numbers, yuan'),
      complaintCollected: num('what of it was collected anyway, yuan'),
    },
  },
] as const satisfies readonly EventTypeSpec[];

/** The bonus family's event types. */
export type BonusEventType = (typeof bonusEvents)[number]['type'];
