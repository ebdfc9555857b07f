/**
 * Checking a document route (P02 2.1, 2.2): the steps that happened, in the order they happened, against
 * the seed's order. Each step names the steps that must precede it whenever they happen; a required step
 * that never happens is missing. Kept in this folder: the kernel has no workflow helper.
 */
import { z } from 'zod';
import { badFact } from '../../kernel/errors.js';
import { at } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

export interface RouteStep<S extends string> {
  readonly step: S;
  /** Steps that come before this one (direct predecessors; the closure is taken). */
  readonly after: readonly S[];
  /** May happen more than once in a row of its own kind (e.g. asking for instructions). */
  readonly repeatable?: boolean;
  readonly label: Bilingual;
}

export type RouteProblem<S extends string> =
  /** `step` never happened; it was due before `before` (or at the end when `before` is absent). */
  | { readonly kind: 'missing'; readonly step: S; readonly index: number; readonly before?: S }
  /** `step` at `index` came before `before`, which happened later. */
  | { readonly kind: 'out-of-order'; readonly step: S; readonly index: number; readonly before: S }
  /** `step` at `index` came after `after`, which must follow it. */
  | { readonly kind: 'too-late'; readonly step: S; readonly index: number; readonly after: S }
  /** `step` at `index` happened a second time. */
  | { readonly kind: 'repeated'; readonly step: S; readonly index: number };

export interface RouteCheck<S extends string> {
  readonly problem: RouteProblem<S> | undefined;
  /** Steps in order before the first problem. */
  readonly inOrder: number;
  /** The next required step not yet taken (when the route is in progress). */
  readonly next: S | undefined;
}

/** The facts of a route: the steps as names or `{ step, at? }`, in the order they happened. */
export function stepsSchema<S extends string>(names: readonly [S, ...S[]]) {
  const step = z.enum(names);
  return z
    .array(z.union([step, z.object({ step, at: instant.optional() }).strict()]))
    .max(200)
    .describe(`the steps that happened, in order: a name or { step, at? }; names: ${names.join(', ')}`);
}

/** Names from the parsed step list; step times that run backwards contradict the list's order. */
export function stepNames<S extends string>(steps: readonly (S | { step: S; at?: string | undefined })[]): S[] {
  let latest: number | undefined;
  return steps.map((entry, index) => {
    if (typeof entry === 'string') return entry;
    if (entry.at !== undefined) {
      const t = at(entry.at);
      if (latest !== undefined && t < latest)
        throw badFact(['steps', index, 'at'], 'before an earlier step of the list');
      latest = t;
    }
    return entry.step;
  });
}

function closure<S extends string>(route: readonly RouteStep<S>[]): Map<S, Set<S>> {
  const direct = new Map(route.map((r) => [r.step, r.after]));
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
  for (const r of route) visit(r.step);
  return result;
}

/** The first problem of `events` against `route`, in the order the route lists its steps. */
export function checkRoute<S extends string>(
  route: readonly RouteStep<S>[],
  events: readonly S[],
  optional: ReadonlySet<S>,
  inProgress: boolean,
): RouteCheck<S> {
  const before = closure(route);
  const seen = new Set<S>();
  const required = route.map((r) => r.step).filter((s) => !optional.has(s));
  const repeatable = new Set(route.filter((r) => r.repeatable).map((r) => r.step));
  const found = (problem: RouteProblem<S>, index: number): RouteCheck<S> => ({
    problem,
    inOrder: index,
    next: undefined,
  });
  for (let i = 0; i < events.length; i += 1) {
    const s = events[i];
    if (s === undefined) continue;
    if (seen.has(s) && !repeatable.has(s)) return found({ kind: 'repeated', step: s, index: i }, i);
    // A step that must precede one already taken comes too late (e.g. a query after the handling).
    const successor = route.find((r) => seen.has(r.step) && before.get(r.step)?.has(s));
    if (successor) return found({ kind: 'too-late', step: s, index: i, after: successor.step }, i);
    for (const r of route) {
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

/** "'registered' (classified and registered)" for explanations. */
export function stepText<S extends string>(route: readonly RouteStep<S>[], step: S): Bilingual {
  const label = route.find((r) => r.step === step)?.label ?? { en: step, zh: step };
  return { en: `'${step}' (${label.en})`, zh: `「${label.zh}」` };
}

/** One sentence for a route problem. */
export function describeProblem<S extends string>(route: readonly RouteStep<S>[], problem: RouteProblem<S>): Bilingual {
  const s = stepText(route, problem.step);
  const n = problem.index + 1;
  switch (problem.kind) {
    case 'missing': {
      if (problem.before === undefined) {
        return { en: `step ${s.en} is missing at the end of the route`, zh: `缺少步骤${s.zh}（流程未完成）` };
      }
      const b = stepText(route, problem.before);
      return { en: `step ${s.en} is missing before ${b.en} (step ${n})`, zh: `第${n}步${b.zh}之前缺少步骤${s.zh}` };
    }
    case 'out-of-order': {
      const b = stepText(route, problem.before);
      return {
        en: `step ${n}, ${s.en}, is out of order: it came before ${b.en}`,
        zh: `第${n}步${s.zh}顺序错误：应在${b.zh}之后`,
      };
    }
    case 'too-late': {
      const a = stepText(route, problem.after);
      return {
        en: `step ${n}, ${s.en}, is out of order: it came after ${a.en}`,
        zh: `第${n}步${s.zh}顺序错误：应在${a.zh}之前`,
      };
    }
    case 'repeated':
      return { en: `step ${n}, ${s.en}, is repeated`, zh: `第${n}步${s.zh}重复` };
  }
}
