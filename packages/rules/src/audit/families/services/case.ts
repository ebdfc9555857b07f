/**
 * A service case: one service request or work order, with what its events said until each of its
 * obligations is decided (P01: a convenience service's callback; P08: the engineer's arrival, the review of
 * a repair left open overnight, the owner's opinion after the repair).
 */
import type { Bilingual } from '../../../kernel/result.js';
import type { CaseBase } from '../../cases.js';

export interface Service extends CaseBase {
  completed?: string;
  completedMs: number;
  calledBack?: string;
  ordered?: string;
  orderedMs: number;
  arrived?: string;
  /** The engineer came after the rule's window (P08 4.9): the owner's call is still part of the verdict. */
  late?: boolean;
  ownerCalled?: string;
  /** The completion time the desk followed up and gave the owner on that call (P08 4.9). */
  expectedCompletion?: string;
  repaired?: string;
  repairedMs: number;
  /** The repair was still open after its review day (P08 4.3): only the duty log's note can meet it. */
  openPastReview?: boolean;
  /** The duty log's note of the open repair (P08 4.3), its reason and resolution date as the line gave them. */
  notedOpen?: string;
  openReason?: string;
  resolveBy?: string;
  feedback?: string;
  recorded?: boolean;
}

export function createService(key: string): Service {
  return {
    key,
    lines: [],
    last: Number.NEGATIVE_INFINITY,
    decided: [],
    completedMs: 0,
    orderedMs: 0,
    repairedMs: 0,
  };
}

/**
 * The chain reached its last link (its obligations aside): a work order is done when the repair is
 * completed (its feedback is the repair's obligation), a service when it is completed.
 */
export function chainEnded(c: Service): boolean {
  if (c.ordered !== undefined && c.repaired === undefined) return false;
  // An arrival, a call to the owner, a duty-log note or a completion with no work order yet: the order's line
  // may still come (P08 4.9, and 4.3, which judges the completion against the order's day).
  const waitsForOrder =
    c.arrived !== undefined || c.ownerCalled !== undefined || c.notedOpen !== undefined || c.repaired !== undefined;
  if (c.ordered === undefined && waitsForOrder) return false;
  return c.completed !== undefined || c.ordered !== undefined || c.repaired !== undefined;
}

export function orphan(c: Service): Bilingual | undefined {
  return c.completed === undefined && c.ordered === undefined && c.repaired === undefined
    ? {
        en: `no service or work order ${c.key} was completed or ordered in the log`,
        zh: `日志中没有服务或工单 ${c.key} 的完成或下单记录`,
      }
    : undefined;
}
