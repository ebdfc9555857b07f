/**
 * A document case (P02): what its events said — a loan and its return, a signature and the changes after
 * it, the steps of its incoming and outgoing routes, its assignment and handling — until each of its
 * obligations is decided.
 */
import type { CaseBase } from '../../cases.js';
import type { Step } from '../family.js';

/** A change to the document, kept until the signature is known (the lines are not in time order). */
export interface Change {
  readonly at: string;
  readonly ms: number;
  readonly authorised: boolean | undefined;
}

export interface Document extends CaseBase {
  borrowed?: string;
  borrowedMs: number;
  purpose?: string | undefined;
  handler?: string | undefined;
  returnBy?: string | undefined;
  returned?: string;
  signed?: string;
  signedMs: number;
  readonly changes: Change[];
  incoming: Step[];
  outgoing: Step[];
  firstStepMs: number;
  /** P02 1.11: the document came to be handled (the earliest such line by time). */
  assigned?: string;
  assignedMs: number;
  /** P02 1.11: its handling finished (the earliest by time) and whether the result and report were written. */
  handled?: string;
  handledMs: number;
  resultWritten?: boolean;
}

export function createDocument(key: string): Document {
  return {
    key,
    lines: [],
    last: Number.NEGATIVE_INFINITY,
    decided: [],
    borrowedMs: 0,
    signedMs: 0,
    changes: [],
    incoming: [],
    outgoing: [],
    firstStepMs: 0,
    assignedMs: 0,
    handledMs: 0,
  };
}

export const filed = (steps: readonly Step[]) => steps.some((s) => s.step === 'filed');

export const lastStepMs = (steps: readonly Step[]) => steps[steps.length - 1]?.ms ?? 0;

/**
 * The change after the signature that decides P02.signed-immutable: the first unauthorised one, else the
 * first authorised one. A change at or before the signing instant is a draft.
 */
export function changeAfterSigning(c: Document): Change | undefined {
  let first: Change | undefined;
  let firstUnauthorised: Change | undefined;
  for (const change of c.changes) {
    if (change.ms <= c.signedMs) continue;
    if (first === undefined || change.ms < first.ms) first = change;
    if (change.authorised !== true && (firstUnauthorised === undefined || change.ms < firstUnauthorised.ms)) {
      firstUnauthorised = change;
    }
  }
  return firstUnauthorised ?? first;
}

export const orphan = (c: Document) => {
  if (c.returned !== undefined && c.borrowed === undefined)
    return { en: `document ${c.key} returned but never lent out`, zh: `文件 ${c.key} 已归还，但日志中没有借出记录` };
  if (c.handled !== undefined && c.assigned === undefined)
    return {
      en: `document ${c.key} handled but never given to handle`,
      zh: `文件 ${c.key} 已办理完毕，但日志中没有交办记录`,
    };
  return undefined;
};
