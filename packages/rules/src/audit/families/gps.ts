/**
 * GPS after-sales (P03): records checked as they are made (repair call, terminal and SIM swaps, emergency
 * dispatch, repair charge), and one case per order for the two timed links: the manager's approval before
 * the technician leaves, and money collected on site reaching finance once the technician is back.
 */
import { dispatchApproval } from '../../policies/p03-gps-after-sales/dispatch-approval.js';
import { feeRemittance } from '../../policies/p03-gps-after-sales/fee-remittance.js';
import { type CaseBase, CaseBook, isDecided, type Obligation, type Party } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { bool, caseKey, type Family, here, num, pick, str } from './family.js';

interface Order extends CaseBase {
  called?: string;
  order?: string;
  orderedAt?: string;
  approved?: string;
  departed?: string;
  departedMs: number;
  /** Who the departure names: the technician, who collects and hands over the money (P03 收費). */
  technician?: Party;
  collected?: string;
  collectedMs: number;
  invoiceIssued?: boolean;
  amount?: number;
  /** Who the fee line names, if anyone. */
  collector?: Party;
  /** Every return to the office on the order (a trip may end before the money is collected on a later one). */
  returns: { at: string; ms: number }[];
  remitted?: string;
}

/**
 * The return that ends the collecting trip (回到公司后): the first at or after the collection, whatever the
 * order of the lines; an earlier return (from an earlier trip) is not it.
 */
function returnAfter(c: Order, ms: number): string | undefined {
  let best: { at: string; ms: number } | undefined;
  for (const r of c.returns) if (r.ms >= ms && (best === undefined || r.ms < best.ms)) best = r;
  return best?.at;
}

const returnedAfterCollection = (c: Order) => c.collected !== undefined && returnAfter(c, c.collectedMs) !== undefined;

const obligations: readonly Obligation<Order>[] = [
  {
    rule: dispatchApproval,
    reads: ['dispatch-approved', 'technician-departed'],
    // Decided once both are known; a departure with no approval is judged at the end (breached). Not at the
    // departure line: an approval given earlier may come on a later line (the lines are not in time order).
    open: (c) => c.departed !== undefined,
    done: (c) => c.departed !== undefined && c.approved !== undefined,
    facts: (c) => {
      const f: Record<string, unknown> = { departedAt: c.departed };
      if (c.order !== undefined) f.order = c.order;
      const orderedAt = c.orderedAt ?? c.called;
      if (orderedAt !== undefined) f.orderedAt = orderedAt;
      if (c.approved !== undefined) f.approvedAt = c.approved;
      return f;
    },
    start: (c) => c.departedMs,
  },
  {
    rule: feeRemittance,
    reads: ['fee-collected', 'technician-returned', 'fee-remitted'],
    open: returnedAfterCollection,
    // Decided once the one answering for it is known too: the fee line's, else the departure's (a fee line
    // naming no one, read before the departure, must not give the remittance to nobody or to another).
    done: (c) => c.remitted !== undefined && (c.collector !== undefined || c.departed !== undefined),
    facts: (c) => {
      const f: Record<string, unknown> = {
        collectedAt: c.collected,
        invoiceIssued: c.invoiceIssued ?? false,
        returnedAt: returnAfter(c, c.collectedMs),
      };
      if (c.remitted !== undefined) f.remittedAt = c.remitted;
      if (c.amount !== undefined) f.amount = c.amount;
      return f;
    },
    start: (c) => c.collectedMs,
    // 應由維修人員直向接客戶收取費用…回到公司后，立即將款交于財務: the technician's, whoever else the order names.
    party: (c) => c.collector ?? c.technician ?? { employee: c.employee, department: c.department },
  },
];

/**
 * Nothing more is expected: the dispatch is judged, the technician is back from the trip (a return line
 * after the departure belongs to the order: freed before it, the order left the return an orphan line), and
 * the fee collected is judged. An order with no fee (or no departure) in the log stays open to the end (or
 * until `maxDelay` settles it): its fee lines, or its departure, may still come on a later line, and freed
 * before them the order would leave them a new case without its return or its technician.
 */
function complete(c: Order): boolean {
  return (
    c.departed !== undefined &&
    isDecided(c, dispatchApproval) &&
    returnAfter(c, c.departedMs) !== undefined &&
    c.collected !== undefined &&
    isDecided(c, feeRemittance)
  );
}

function orphan(c: Order): string | undefined {
  if (c.collected !== undefined && !returnedAfterCollection(c)) {
    return `fee collected on order ${c.key}, but no technician-returned event: remittance cannot be judged`;
  }
  return c.departed === undefined && c.collected === undefined
    ? `order ${c.key} never saw a technician leave or a fee collected`
    : undefined;
}

/** The employee and department a line names (the department from the organisation file), if any. */
function partyOf(e: AuditEvent, engine: AuditEngine): Party | undefined {
  const department = engine.departmentOf(e.employee, e.department);
  return e.employee === undefined && department === undefined ? undefined : { employee: e.employee, department };
}

const INTAKE = ['customerName', 'address', 'contact', 'productModel', 'purchaseDate', 'fault'] as const;

export function gps(): Family {
  const cases = new CaseBook<Order>({
    create: (key) => ({
      key,
      lines: [],
      last: Number.NEGATIVE_INFINITY,
      decided: [],
      departedMs: 0,
      collectedMs: 0,
      returns: [],
    }),
    obligations,
    complete,
    orphan,
  });
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      switch (e.type) {
        case 'repair-call': {
          engine.decide('P03.repair-intake', { ...pick(e, INTAKE), calledAt: e.at }, here(e, engine));
          // A call on an order still open dates the order (P03.dispatch-approval's orderedAt).
          const open = e.case === undefined ? undefined : cases.peek(e.case);
          if (open) open.called ??= e.at;
          return;
        }
        case 'terminal-swapped':
          engine.decide(
            'P03.terminal-swap',
            pick(e, ['plate', 'fault', 'oldTerminal', 'newTerminal', 'labelled']),
            here(e, engine),
          );
          return;
        case 'sim-swapped':
          engine.decide('P03.sim-swap', pick(e, ['oldSim', 'newSim']), here(e, engine));
          return;
        case 'emergency-dispatched':
          engine.decide(
            'P03.emergency-dispatch',
            pick(e, ['techniciansAvailable', 'managerApproved', 'sent', 'urgent']),
            here(e, engine),
          );
          return;
        case 'repair-charged':
          engine.decide(
            'P03.repair-charge',
            { ...pick(e, ['purchasedAt', 'partsCost', 'labourCost', 'charged']), repairedAt: e.at },
            here(e, engine),
          );
          return;
      }
      const c = cases.touch(caseKey(e), engine, e.employee, e.department);
      switch (e.type) {
        case 'dispatch-approved':
          c.approved ??= e.at;
          c.order ??= str(e, 'order');
          break;
        case 'technician-departed':
          if (c.departed === undefined) {
            c.departed = e.at;
            c.departedMs = engine.atMs;
          }
          c.order ??= str(e, 'order');
          c.orderedAt ??= str(e, 'orderedAt');
          c.technician ??= partyOf(e, engine);
          break;
        case 'fee-collected':
          if (c.collected === undefined) {
            c.collected = e.at;
            c.collectedMs = engine.atMs;
            c.invoiceIssued = bool(e, 'invoiceIssued');
            c.amount = num(e, 'amount');
            c.collector = partyOf(e, engine);
          }
          break;
        case 'technician-returned':
          c.returns.push({ at: e.at, ms: engine.atMs });
          break;
        case 'fee-remitted':
          c.remitted ??= e.at;
          break;
      }
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
  };
}
