/**
 * GPS after-sales (P03): records checked as they are made (repair call, terminal and SIM swaps, emergency
 * dispatch, repair charge), and one case per order for the two timed links: the manager's approval before
 * the technician leaves, and money collected on site reaching finance once the technician is back.
 */
import { contactReply } from '../../../policies/p03-gps-after-sales/contact-reply.js';
import { emergencyDispatch } from '../../../policies/p03-gps-after-sales/emergency-dispatch.js';
import { installationFree } from '../../../policies/p03-gps-after-sales/installation-free.js';
import { onSiteResponse } from '../../../policies/p03-gps-after-sales/on-site-response.js';
import { repairCharge } from '../../../policies/p03-gps-after-sales/repair-charge.js';
import { repairIntake } from '../../../policies/p03-gps-after-sales/repair-intake.js';
import { simSwap } from '../../../policies/p03-gps-after-sales/sim-swap.js';
import { suggestionFeedback } from '../../../policies/p03-gps-after-sales/suggestion-feedback.js';
import { terminalSwap } from '../../../policies/p03-gps-after-sales/terminal-swap.js';
import { workOrder } from '../../../policies/p03-gps-after-sales/work-order.js';
import { CaseBook, type FactsOf, type LooseFacts } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { caseFamily, defined, type Family, here } from '../family.js';
import { complete, createOrder, type Order, orphan, partyOf } from './case.js';
import type { GpsEventType } from './events.js';
import { obligations } from './obligations.js';

/** What a GPS event does, typed per event type. */
type Handlers = {
  readonly [T in GpsEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

export function gps(): Family {
  const cases = new CaseBook<Order>({ create: createOrder, obligations, complete, orphan });
  /** The order a line of it concerns (those lines require a case id). */
  const touch = (e: AuditEvent<GpsEventType> & { readonly case: string }, engine: AuditEngine) =>
    cases.touch(e.case, engine, e.employee, e.department);

  const handlers: Handlers = {
    'repair-call'(e, engine) {
      const facts: FactsOf<typeof repairIntake> = defined({
        customerName: e.customerName,
        address: e.address,
        contact: e.contact,
        productModel: e.productModel,
        purchaseDate: e.purchaseDate,
        fault: e.fault,
        calledAt: e.at,
      });
      engine.decide(repairIntake.id, facts, here(e, engine));
      // A call on an order still open dates the order (P03.dispatch-approval's orderedAt).
      const open = e.case === undefined ? undefined : cases.peek(e.case);
      if (open) open.called ??= e.at;
    },
    'terminal-swapped'(e, engine) {
      const facts: FactsOf<typeof terminalSwap> = defined({
        plate: e.plate,
        fault: e.fault,
        oldTerminal: e.oldTerminal,
        newTerminal: e.newTerminal,
        labelled: e.labelled,
      });
      engine.decide(terminalSwap.id, facts, here(e, engine));
    },
    'sim-swapped'(e, engine) {
      const facts: FactsOf<typeof simSwap> = defined({ oldSim: e.oldSim, newSim: e.newSim });
      engine.decide(simSwap.id, facts, here(e, engine));
    },
    'emergency-dispatched'(e, engine) {
      const facts: FactsOf<typeof emergencyDispatch> = defined({
        techniciansAvailable: e.techniciansAvailable,
        managerApproved: e.managerApproved,
        sent: e.sent,
        urgent: e.urgent,
      });
      engine.decide(emergencyDispatch.id, facts, here(e, engine));
    },
    'repair-charged'(e, engine) {
      const facts: FactsOf<typeof repairCharge> = defined({
        purchasedAt: e.purchasedAt,
        partsCost: e.partsCost,
        labourCost: e.labourCost,
        charged: e.charged,
        repairedAt: e.at,
      });
      engine.decide(repairCharge.id, facts, here(e, engine));
    },
    'contact-replied'(e, engine) {
      // Judged on its line: until the organisation sets replyWithin, the line is rejected as not-configured.
      const facts: FactsOf<typeof contactReply> = defined({
        contactedAt: e.contactedAt,
        channel: e.channel,
        repliedAt: e.at,
      });
      engine.decide(contactReply.id, facts, here(e, engine));
    },
    'technician-on-site'(e, engine) {
      // Judged on its line: until the organisation sets onSiteWithin, the line is rejected as not-configured.
      const facts: FactsOf<typeof onSiteResponse> = { reportedAt: e.reportedAt, onSiteAt: e.at };
      engine.decide(onSiteResponse.id, facts, here(e, engine));
    },
    'work-order-filled'(e, engine) {
      // The list's values are the rule's to judge (a document off its list is refused, naming the entry).
      const facts = { inputs: e.inputs } satisfies LooseFacts<typeof workOrder>;
      engine.decide(workOrder.id, facts, here(e, engine));
    },
    'suggestion-reported'(e, engine) {
      // Judged on its line: until the organisation sets reportWithin, the line is rejected as not-configured.
      const facts: FactsOf<typeof suggestionFeedback> = {
        receivedAt: e.receivedAt,
        forwarded: e.forwarded,
        reportedAt: e.at,
      };
      engine.decide(suggestionFeedback.id, facts, here(e, engine));
    },
    'installation-charged'(e, engine) {
      const facts: FactsOf<typeof installationFree> = defined({ charged: e.charged, work: e.work });
      engine.decide(installationFree.id, facts, here(e, engine));
    },
    'dispatch-approved'(e, engine) {
      const c = touch(e, engine);
      c.approved ??= e.at;
      c.order ??= e.order;
      cases.settle(c, engine);
    },
    'technician-departed'(e, engine) {
      const c = touch(e, engine);
      if (c.departed === undefined) {
        c.departed = e.at;
        c.departedMs = engine.atMs;
      }
      c.order ??= e.order;
      c.orderedAt ??= e.orderedAt;
      c.technician ??= partyOf(e, engine);
      cases.settle(c, engine);
    },
    'fee-collected'(e, engine) {
      const c = touch(e, engine);
      if (c.collected === undefined) {
        c.collected = e.at;
        c.collectedMs = engine.atMs;
        c.invoiceIssued = e.invoiceIssued;
        c.amount = e.amount;
        c.collector = partyOf(e, engine);
      }
      cases.settle(c, engine);
    },
    'technician-returned'(e, engine) {
      const c = touch(e, engine);
      c.returns.push({ at: e.at, ms: engine.atMs });
      cases.settle(c, engine);
    },
    'fee-remitted'(e, engine) {
      const c = touch(e, engine);
      c.remitted ??= e.at;
      cases.settle(c, engine);
    },
  };

  return caseFamily(handlers, cases);
}
