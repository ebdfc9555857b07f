/**
 * Workflow rules: the steps that happened, in the order they happened, against the required order. Each
 * step names the steps that must precede it whenever it happens (the closure is taken, so a chain
 * `a → b → c` needs only direct predecessors; two steps after the same one may come in either order). A
 * required step that never happens is missing; an optional one may be left out. The check reports the first
 * problem by name: a step repeated, out of order, come too late, or missing — or, in progress, the next step.
 */
import * as z from 'zod';
import { badFact } from './errors.js';
import { at, atOpt } from './helpers.js';
import type { Bilingual } from './result.js';
import { instant } from './schemas.js';

export interface WorkflowStep<S extends string> {
  readonly step: S;
  /** Steps that come before this one (direct predecessors; the closure is taken). */
  readonly after: readonly S[];
  /** May happen more than once (e.g. asking for instructions). */
  readonly repeatable?: boolean;
  readonly label: Bilingual;
}

export type StepProblem<S extends string> =
  /** `step` never happened; it was due before `before` (or at the end when `before` is absent). */
  | { readonly kind: 'missing'; readonly step: S; readonly index: number; readonly before?: S }
  /** `step` at `index` came before `before`, which happened later. */
  | { readonly kind: 'out-of-order'; readonly step: S; readonly index: number; readonly before: S }
  /** `step` at `index` came after `after`, which must follow it (an optional step left out, then taken late). */
  | { readonly kind: 'too-late'; readonly step: S; readonly index: number; readonly after: S }
  /** `step` at `index` happened a second time. */
  | { readonly kind: 'repeated'; readonly step: S; readonly index: number };

export interface WorkflowCheck<S extends string> {
  readonly problem: StepProblem<S> | undefined;
  /** Steps in order before the first problem. */
  readonly inOrder: number;
  /** The next required step not yet taken (when the workflow is in order, in progress or not). */
  readonly next: S | undefined;
}

/** A step as the facts give it: its name, or `{ step, at? }` with the time it happened. */
export type StepEntry<S extends string> = S | { readonly step: S; readonly at?: string | undefined };

/** The facts of a workflow: the steps as names or `{ step, at? }`, in the order they happened. */
export function stepsSchema<S extends string>(names: readonly [S, ...S[]]) {
  const step = z.enum(names);
  return z
    .array(
      z.union([
        step,
        z.object({ step: step.meta({ description: 'the step', zh: '步骤' }), at: instant.optional() }).strict(),
      ]),
    )
    .max(200)
    .meta({
      description: `the steps that happened, in order: a name or { step, at? }; names: ${names.join(', ')}`,
      zh: `已发生的步骤，按顺序：名称或 { step, at? }；名称：${names.join('、')}`,
    });
}

/** The time a step entry gives, if any. */
export function stepTime<S extends string>(entry: StepEntry<S>): number | undefined {
  return typeof entry === 'string' ? undefined : atOpt(entry.at);
}

/**
 * Names from the parsed step list. Step times that run backwards contradict the list's order: the later
 * entry's `at` is rejected (path `steps.<i>.at`) with `message`.
 */
export function stepNames<S extends string>(
  steps: readonly StepEntry<S>[],
  message = 'before an earlier step of the list',
): S[] {
  let latest: number | undefined;
  return steps.map((entry, index) => {
    if (typeof entry === 'string') return entry;
    if (entry.at !== undefined) {
      const t = at(entry.at);
      if (latest !== undefined && t < latest) throw badFact(['steps', index, 'at'], message);
      latest = t;
    }
    return entry.step;
  });
}

function closure<S extends string>(workflow: readonly WorkflowStep<S>[]): Map<S, Set<S>> {
  const direct = new Map(workflow.map((r) => [r.step, r.after]));
  const result = new Map<S, Set<S>>();
  const visit = (s: S): Set<S> => {
    const known = result.get(s);
    if (known) return known;
    const all = new Set<S>();
    result.set(s, all);
    for (const p of direct.get(s) ?? []) {
      all.add(p);
      for (const q of visit(p)) all.add(q);
    }
    return all;
  };
  for (const r of workflow) visit(r.step);
  return result;
}

/**
 * The first problem of `events` against `workflow`, scanning the events in order; where one event lacks
 * several predecessors, the first of them in the workflow's order is named. `inProgress`: required steps
 * not yet taken at the end are not missing (the next one is reported instead).
 */
export function checkWorkflow<S extends string>(
  workflow: readonly WorkflowStep<S>[],
  events: readonly S[],
  optional: ReadonlySet<S>,
  inProgress: boolean,
): WorkflowCheck<S> {
  const before = closure(workflow);
  const seen = new Set<S>();
  const required = workflow.map((r) => r.step).filter((s) => !optional.has(s));
  const repeatable = new Set(workflow.filter((r) => r.repeatable).map((r) => r.step));
  const found = (problem: StepProblem<S>, index: number): WorkflowCheck<S> => ({
    problem,
    inOrder: index,
    next: undefined,
  });
  for (let i = 0; i < events.length; i += 1) {
    const s = events[i];
    if (s === undefined) continue;
    if (seen.has(s) && !repeatable.has(s)) return found({ kind: 'repeated', step: s, index: i }, i);
    // A step that must precede one already taken comes too late (e.g. a query after the handling).
    const successor = workflow.find((r) => seen.has(r.step) && before.get(r.step)?.has(s));
    if (successor) return found({ kind: 'too-late', step: s, index: i, after: successor.step }, i);
    for (const r of workflow) {
      const p = r.step;
      // An optional step left out is fine; if it comes later, it is reported there as too late.
      if (!before.get(s)?.has(p) || seen.has(p) || optional.has(p)) continue;
      if (events.indexOf(p, i + 1) !== -1) return found({ kind: 'out-of-order', step: s, index: i, before: p }, i);
      return found({ kind: 'missing', step: p, index: i, before: s }, i);
    }
    seen.add(s);
  }
  const next = required.find((s) => !seen.has(s));
  if (next !== undefined && !inProgress) {
    return found({ kind: 'missing', step: next, index: events.length }, events.length);
  }
  return { problem: undefined, inOrder: events.length, next };
}

/** The other step a problem names: the one it should have followed or preceded, if any. */
export function relatedStep<S extends string>(problem: StepProblem<S>): S | undefined {
  switch (problem.kind) {
    case 'out-of-order':
    case 'missing':
      return problem.before;
    case 'too-late':
      return problem.after;
    case 'repeated':
      return undefined;
  }
}

/** "'registered' (classified and registered)" / 「登记」, for explanations. */
export function stepText<S extends string>(workflow: readonly WorkflowStep<S>[], step: S): Bilingual {
  const label = workflow.find((r) => r.step === step)?.label ?? { en: step, zh: step };
  return { en: `'${step}' (${label.en})`, zh: `「${label.zh}」` };
}

/** One sentence for a problem, naming the steps by name and label and the position (1-based). */
export function describeStepProblem<S extends string>(
  workflow: readonly WorkflowStep<S>[],
  problem: StepProblem<S>,
): Bilingual {
  const s = stepText(workflow, problem.step);
  const n = problem.index + 1;
  switch (problem.kind) {
    case 'missing': {
      if (problem.before === undefined) {
        return { en: `step ${s.en} is missing at the end of the route`, zh: `缺少步骤${s.zh}（流程未完成）` };
      }
      const b = stepText(workflow, problem.before);
      return { en: `step ${s.en} is missing before ${b.en} (step ${n})`, zh: `第${n}步${b.zh}之前缺少步骤${s.zh}` };
    }
    case 'out-of-order': {
      const b = stepText(workflow, problem.before);
      return {
        en: `step ${n}, ${s.en}, is out of order: it came before ${b.en}`,
        zh: `第${n}步${s.zh}顺序错误：应在${b.zh}之后`,
      };
    }
    case 'too-late': {
      const a = stepText(workflow, problem.after);
      return {
        en: `step ${n}, ${s.en}, is out of order: it came after ${a.en}`,
        zh: `第${n}步${s.zh}顺序错误：应在${a.zh}之前`,
      };
    }
    case 'repeated':
      return { en: `step ${n}, ${s.en}, is repeated`, zh: `第${n}步${s.zh}重复` };
  }
}
