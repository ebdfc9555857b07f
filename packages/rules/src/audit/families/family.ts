/**
 * A family correlator: the events of one area (complaints, calls, shifts…) turned into the facts of the
 * rules they feed. Each family keeps its own open cases and monthly tallies and calls rules only through
 * the engine.
 */
import type { CaseBase, CaseBook, CaseBookState, ObligedRule } from '../cases.js';
import type { AuditEngine, FindingMeta } from '../engine.js';
import type { AuditEvent, AuditEventType } from '../events.js';
import type { Ledger } from '../ledger/index.js';

/** A rule a family evaluates, and the event types it reads: the vocabulary's `rules:` lists come from these. */
export interface Feed {
  readonly rule: ObligedRule;
  readonly reads: readonly AuditEventType[];
}

export interface Family {
  handle(e: AuditEvent, engine: AuditEngine): void;
  /** Everything a later line can still need, for a checkpoint: plain data (see `state/codec.ts`). */
  save(): FamilyState;
  /** Take up a checkpoint's state (on a fresh family, before any line is read). */
  restore(state: FamilyState): void;
  /** `maxDelay` set: decide what the log's horizon has made final. */
  sweep?(horizon: number, engine: AuditEngine): void;
  /** A month is closed: evaluate its monthly tallies. */
  closeMonth?(month: number, engine: AuditEngine): void;
  /** The end of the log: evaluate every obligation still open. */
  finish?(engine: AuditEngine): void;
}

/** A family's saved state: its own record of plain data, Maps and Sets (the codec writes it as JSON). */
export type FamilyState = { readonly [part: string]: unknown };

export interface FamilyContext {
  readonly ledger: Ledger;
}

/** The meta of a finding decided from the event being read. */
export function here(e: AuditEvent, engine: AuditEngine, key?: string): FindingMeta {
  const employee = e.employee;
  return {
    lines: [engine.line],
    key: key ?? e.case,
    employee,
    department: engine.departmentOf(employee, e.department),
    at: engine.atMs,
  };
}

/**
 * The fields of a facts literal that the line gave, in the literal's order: facts take an optional field as
 * absent, never as `undefined`. `pick` typed: each field is read from the typed event by its name
 * (`defined({ service: e.service, charged: e.charged })`), so a misspelt one does not compile.
 */
export function defined<T extends object>(fields: T): T {
  const out: Partial<T> = {};
  for (const name in fields) {
    const v = fields[name];
    if (v !== undefined) out[name] = v;
  }
  return out as T;
}

/** A workflow step of a case (a document's route, a requisition's approvals), with its instant. */
export interface Step {
  readonly step: string;
  readonly at: string;
  readonly ms: number;
}

/**
 * Add a step in time order (after steps of the same instant), whatever the order lines came in: the rules
 * judge the order of the list.
 */
export function insertStep(steps: Step[], step: Step): void {
  let i = steps.length;
  while (i > 0 && (steps[i - 1]?.ms ?? 0) > step.ms) i -= 1;
  steps.splice(i, 0, step);
}

/** The steps as the rules' facts take them. */
export const stepFacts = (steps: readonly Step[]) => steps.map((s) => ({ step: s.step, at: s.at }));

/** A handler for each of a family's event types, each taking its own type's event. */
type Handlers = { readonly [type: string]: (e: never, engine: AuditEngine) => void };

/**
 * A family whose state is its case book: its events routed to their handlers, the book swept, finished,
 * saved and restored. (The event check routes only the family's own types here, each valid against its
 * own type's schema: the handler for `e.type` takes `e`.)
 */
export function caseFamily<C extends CaseBase>(handlers: Handlers, cases: CaseBook<C>): Family {
  return {
    handle(e, engine) {
      (handlers[e.type] as (e: AuditEvent, engine: AuditEngine) => void)(e, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
    save: (): FamilyState => ({ cases: cases.save() }),
    restore(state) {
      cases.restore(state.cases as CaseBookState<C>);
    },
  };
}
