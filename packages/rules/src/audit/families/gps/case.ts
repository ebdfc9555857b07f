/**
 * A GPS order (P03): its two timed links, the manager's approval before the technician leaves, and money
 * collected on site reaching finance once the technician is back; with who each line names.
 */

import type { Bilingual } from '../../../kernel/result.js';
import { dispatchApproval } from '../../../policies/p03-gps-after-sales/dispatch-approval.js';
import { feeRemittance } from '../../../policies/p03-gps-after-sales/fee-remittance.js';
import { type CaseBase, isDecided, type Party } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';

export interface Order extends CaseBase {
  called?: string;
  order?: 'installation' | 'repair' | undefined;
  orderedAt?: string | undefined;
  approved?: string;
  departed?: string;
  departedMs: number;
  /** Who the departure names: the technician, who collects and hands over the money (P03 收費). */
  technician?: Party | undefined;
  collected?: string;
  collectedMs: number;
  invoiceIssued?: boolean | undefined;
  amount?: number | undefined;
  /** Who the fee line names, if anyone. */
  collector?: Party | undefined;
  /** Every return to the office on the order (a trip may end before the money is collected on a later one). */
  returns: { at: string; ms: number }[];
  remitted?: string;
}

export function createOrder(key: string): Order {
  return {
    key,
    lines: [],
    last: Number.NEGATIVE_INFINITY,
    decided: [],
    departedMs: 0,
    collectedMs: 0,
    returns: [],
  };
}

/**
 * The return that ends the collecting trip (回到公司后): the first at or after the collection, whatever the
 * order of the lines; an earlier return (from an earlier trip) is not it.
 */
export function returnAfter(c: Order, ms: number): string | undefined {
  let best: { at: string; ms: number } | undefined;
  for (const r of c.returns) if (r.ms >= ms && (best === undefined || r.ms < best.ms)) best = r;
  return best?.at;
}

export const returnedAfterCollection = (c: Order) =>
  c.collected !== undefined && returnAfter(c, c.collectedMs) !== undefined;

/**
 * Nothing more is expected: the dispatch is judged, the technician is back from the trip (a return line
 * after the departure belongs to the order: freed before it, the order left the return an orphan line), and
 * the fee collected is judged. An order with no fee (or no departure) in the log stays open to the end (or
 * until `maxDelay` settles it): its fee lines, or its departure, may still come on a later line, and freed
 * before them the order would leave them a new case without its return or its technician.
 */
export function complete(c: Order): boolean {
  return (
    c.departed !== undefined &&
    isDecided(c, dispatchApproval) &&
    returnAfter(c, c.departedMs) !== undefined &&
    c.collected !== undefined &&
    isDecided(c, feeRemittance)
  );
}

export function orphan(c: Order): Bilingual | undefined {
  if (c.collected !== undefined && !returnedAfterCollection(c)) {
    return {
      en: `fee collected on order ${c.key}, but no technician-returned event: remittance cannot be judged`,
      zh: `工单 ${c.key} 已收费，但没有 technician-returned 事件：无法判定是否按时交款`,
    };
  }
  return c.departed === undefined && c.collected === undefined
    ? {
        en: `order ${c.key} never saw a technician leave or a fee collected`,
        zh: `工单 ${c.key} 既没有技术员出发，也没有收费记录`,
      }
    : undefined;
}

/** The employee and department a line names (the department from the organisation file), if any. */
export function partyOf(
  line: { readonly employee?: string | undefined; readonly department?: string | undefined },
  engine: AuditEngine,
): Party | undefined {
  const department = engine.departmentOf(line.employee, line.department);
  return line.employee === undefined && department === undefined ? undefined : { employee: line.employee, department };
}
