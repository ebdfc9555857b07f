/** A requisition (P06): its approval steps in time order, whatever order their lines came in. */
import type { CaseBase } from '../../cases.js';
import type { Step } from '../family.js';

export interface Requisition extends CaseBase {
  readonly steps: Step[];
  firstMs: number;
}

export function createRequisition(key: string): Requisition {
  return { key, lines: [], last: Number.NEGATIVE_INFINITY, decided: [], steps: [], firstMs: 0 };
}

/** It went to production with the copy to business management: the route's last steps (P06 1.3.2). */
export const finished = (c: Requisition) =>
  c.steps.some((s) => s.step === 'sent-to-production') && c.steps.some((s) => s.step === 'copy-to-business-management');
