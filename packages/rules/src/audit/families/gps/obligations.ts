/**
 * What a GPS order owes (P03), each obligation named by the rule that judges it and building that rule's
 * facts: the manager's approval before the technician leaves, and the money collected on site handed to
 * finance once the technician is back. `feeds` adds the records the family checks from their line alone
 * (the repair call, the terminal and SIM swaps, an emergency dispatch, a repair's charge): together they are
 * the rules the GPS events feed.
 */

import { contactReply } from '../../../policies/p03-gps-after-sales/contact-reply.js';
import { dispatchApproval } from '../../../policies/p03-gps-after-sales/dispatch-approval.js';
import { emergencyDispatch } from '../../../policies/p03-gps-after-sales/emergency-dispatch.js';
import { feeRemittance } from '../../../policies/p03-gps-after-sales/fee-remittance.js';
import { installationFree } from '../../../policies/p03-gps-after-sales/installation-free.js';
import { onSiteResponse } from '../../../policies/p03-gps-after-sales/on-site-response.js';
import { repairCharge } from '../../../policies/p03-gps-after-sales/repair-charge.js';
import { repairIntake } from '../../../policies/p03-gps-after-sales/repair-intake.js';
import { simSwap } from '../../../policies/p03-gps-after-sales/sim-swap.js';
import { suggestionFeedback } from '../../../policies/p03-gps-after-sales/suggestion-feedback.js';
import { terminalSwap } from '../../../policies/p03-gps-after-sales/terminal-swap.js';
import { workOrder } from '../../../policies/p03-gps-after-sales/work-order.js';
import { type FactsOf, type Obligation, obligation, started } from '../../cases.js';
import type { Feed } from '../family.js';
import { type Order, returnAfter, returnedAfterCollection } from './case.js';

const of = obligation<Order>();

export const obligations: readonly Obligation<Order>[] = [
  of({
    rule: dispatchApproval,
    reads: ['dispatch-approved', 'technician-departed'],
    // Decided once both are known; a departure with no approval is judged at the end (breached). Not at the
    // departure line: an approval given earlier may come on a later line (the lines are not in time order).
    open: (c) => c.departed !== undefined,
    done: (c) => c.departed !== undefined && c.approved !== undefined,
    facts: (c) => {
      const f: FactsOf<typeof dispatchApproval> = { departedAt: started(c.departed) };
      if (c.order !== undefined) f.order = c.order;
      const orderedAt = c.orderedAt ?? c.called;
      if (orderedAt !== undefined) f.orderedAt = orderedAt;
      if (c.approved !== undefined) f.approvedAt = c.approved;
      return f;
    },
    start: (c) => c.departedMs,
  }),
  of({
    rule: feeRemittance,
    reads: ['fee-collected', 'technician-returned', 'fee-remitted'],
    open: returnedAfterCollection,
    // Decided once the one answering for it is known too: the fee line's, else the departure's (a fee line
    // naming no one, read before the departure, must not give the remittance to nobody or to another).
    done: (c) => c.remitted !== undefined && (c.collector !== undefined || c.departed !== undefined),
    facts: (c) => {
      const f: FactsOf<typeof feeRemittance> = {
        collectedAt: started(c.collected),
        invoiceIssued: c.invoiceIssued ?? false,
        returnedAt: started(returnAfter(c, c.collectedMs)),
      };
      if (c.remitted !== undefined) f.remittedAt = c.remitted;
      if (c.amount !== undefined) f.amount = c.amount;
      return f;
    },
    start: (c) => c.collectedMs,
    // 應由維修人員直向接客戶收取費用…回到公司后，立即將款交于財務: the technician's, whoever else the order names.
    party: (c) => c.collector ?? c.technician ?? { employee: c.employee, department: c.department },
  }),
];

/** Every rule the GPS events feed: the orders' obligations, and the records checked on their own line. */
export const feeds: readonly Feed[] = [
  ...obligations,
  { rule: repairIntake, reads: ['repair-call'] },
  { rule: terminalSwap, reads: ['terminal-swapped'] },
  { rule: simSwap, reads: ['sim-swapped'] },
  { rule: emergencyDispatch, reads: ['emergency-dispatched'] },
  { rule: repairCharge, reads: ['repair-charged'] },
  { rule: installationFree, reads: ['installation-charged'] },
  { rule: onSiteResponse, reads: ['technician-on-site'] },
  { rule: contactReply, reads: ['contact-replied'] },
  { rule: workOrder, reads: ['work-order-filled'] },
  { rule: suggestionFeedback, reads: ['suggestion-reported'] },
];
