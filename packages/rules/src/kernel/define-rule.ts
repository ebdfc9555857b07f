/**
 * `defineRule` turns a rule's specification (metadata, facts schema, parameters, body) into a typed
 * function that validates, picks the configuration version, evaluates and formats — and never throws.
 */

import type * as z from 'zod';
import type { WorkingDayCalendar } from './calendar/calendar.js';
import { versionAt, zodIssues } from './config.js';
import { registerParams } from './config-check.js';
import type { Deadline } from './deadline.js';
import { type KefuError, KefuRuleError } from './errors.js';
import type { InstantCodec } from './instant-codec.js';
import { PREPARED, PreparedEvaluator, type PreparedOptions } from './prepared.js';
import type { Bilingual, Outcome, Quantity, RuleKind, RuleResult, Status, Target, Warning } from './result.js';
import type { Sanction } from './sanctions.js';
import { parseInstant } from './time.js';
import type { WordMemo } from './word-memo.js';

export type PolicyCode =
  | 'P01'
  | 'P02'
  | 'P03'
  | 'P04'
  | 'P05'
  | 'P06'
  | 'P07'
  | 'P08'
  | 'P09'
  | 'P10'
  | 'P11'
  | 'P12'
  | 'P13'
  | 'P14';

/** What a rule body sees besides its facts. */
export interface RuleContext<P> {
  /** The rule's parameters: seed defaults overlaid with the configuration version in force. */
  readonly params: P;
  readonly zone: string;
  readonly calendar: WorkingDayCalendar;
  readonly warningShare: number;
  /** The organisation's name from the configuration, if set. */
  readonly orgName: string | undefined;
  /** Epoch ms of `asOf` (facts' own `asOf` first, then the option). */
  readonly asOf: number | undefined;
  /** The caller's options, unchanged: a rule built on other rules calls them with these (`callRule`). */
  readonly options: unknown;
  /** Instants parsed and formatted, zone offsets and local days: the evaluation's codec (see prepared.ts). */
  readonly time: InstantCodec;
  /** Words of durations and amounts, phrases folded for matching, duration parameters: remembered per run. */
  readonly words: WordMemo;
}

/** What a rule body returns; the runtime adds ids, the clause and formatting. */
export interface Verdict<V> {
  readonly status?: Status;
  readonly value?: V;
  /** Epoch ms; formatted in the organisation's zone. */
  readonly dueAt?: number;
  readonly measured?: Quantity;
  readonly target?: Target;
  readonly sanctions?: readonly Sanction[];
  readonly explanation: Bilingual;
  readonly warnings?: readonly Warning[];
  readonly deadline?: Deadline;
}

export interface RuleSpec<Id extends string, F extends z.ZodType, P extends z.ZodObject, V> {
  readonly id: Id;
  readonly policy: PolicyCode;
  /** The seed's own numbering, e.g. `投訴 4,5`; results show it as `P01 投訴 4,5`. */
  readonly clause: string;
  /** Lines of `customer-service-policies.txt` the rule comes from, inclusive. */
  readonly seedLines: readonly [number, number];
  readonly kind: RuleKind;
  readonly title: Bilingual;
  readonly facts: F;
  readonly params: P;
  /** The instant (ms) the obligation starts, which picks the configuration version in force. */
  readonly startOf?: (facts: z.output<F>, zone: string, time: InstantCodec) => number | undefined;
  readonly evaluate: (facts: z.output<F>, ctx: RuleContext<z.output<P>>) => Verdict<V>;
}

export interface EvaluateOptions {
  /** ISO instant the evaluation is made at; decides `pending` vs `breached`. */
  readonly asOf?: string;
  /** The organisation's configuration (see `orgConfigSchema`). Checked at every call (see `PreparedEvaluator`). */
  readonly config?: unknown;
}

export interface RuleInfo {
  readonly id: string;
  readonly policy: PolicyCode;
  readonly clause: string;
  readonly seedLines: readonly [number, number];
  readonly kind: RuleKind;
  readonly title: Bilingual;
  readonly facts: z.ZodType;
  readonly params: z.ZodObject;
  /** The seed's parameter values. */
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Evaluate with unchecked input; never throws. */
  readonly run: (facts: unknown, options?: unknown) => Outcome;
}

export type Rule<Id extends string, F extends z.ZodType, P extends z.ZodObject, V> = RuleInfo & {
  (facts: z.input<F>, options?: EvaluateOptions): Outcome<V>;
  readonly id: Id;
  readonly facts: F;
  readonly params: P;
};

function toError(e: unknown): KefuError {
  if (e instanceof KefuRuleError) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `internal error: ${message}`, issues: [] };
}

const NO_OPTIONS: { readonly asOf: undefined; readonly config: undefined } = { asOf: undefined, config: undefined };

/** Plain options checked: `asOf` parsed; the configuration is resolved by the evaluator made for the call. */
function parseOptions(options: unknown): { readonly asOf: number | undefined; readonly config: unknown } {
  if (options === undefined || options === null) return NO_OPTIONS;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new KefuRuleError('invalid-options', 'options must be an object', [
      { path: [], message: 'expected an object' },
    ]);
  }
  // The first own enumerable key other than asOf and config, in Object.keys order, without copying.
  for (const key in options) {
    if (key !== 'asOf' && key !== 'config' && Object.hasOwn(options, key)) {
      throw new KefuRuleError('invalid-options', `unknown option ${key}`, [{ path: [key], message: 'unknown option' }]);
    }
  }
  const { asOf, config } = options as { asOf?: unknown; config?: unknown };
  if (asOf === undefined) return { asOf: undefined, config };
  const ms = typeof asOf === 'string' ? parseInstant(asOf) : undefined;
  if (ms === undefined) {
    const message = 'expected an ISO-8601 instant with an offset or Z';
    throw new KefuRuleError('invalid-options', `asOf: ${message}`, [{ path: ['asOf'], message }]);
  }
  return { asOf: ms, config };
}

/**
 * The evaluator and `asOf` a run uses: those a prepared options object carries, or, for plain options,
 * a short-lived evaluator made for this one call with its caches off (for one call, filling a cache costs
 * more than it saves) and dropped after it. Callers that evaluate many times prepare an evaluator instead.
 */
function evaluatorFor(options: unknown): PreparedOptions {
  const prepared =
    options !== null && typeof options === 'object'
      ? (options as { [PREPARED]?: PreparedOptions })[PREPARED]
      : undefined;
  if (prepared !== undefined) return prepared;
  const parsed = parseOptions(options);
  return { evaluator: new PreparedEvaluator({ config: parsed.config, caches: false }), asOf: parsed.asOf };
}

// Loops rather than every()/Object.values(): this runs on every result, and allocates nothing. A number
// or an object under a key is looked at before asking whether the key is the object's own (for-in also
// walks inherited enumerable keys), so the common case (strings, finite numbers) costs no call.
function isFiniteDeep(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!isFiniteDeep(value[i])) return false;
    return true;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const bad =
      typeof item === 'number'
        ? !Number.isFinite(item)
        : item !== null && typeof item === 'object' && !isFiniteDeep(item);
    if (bad && Object.hasOwn(value, key)) return false;
  }
  return true;
}

/** The parts of a result that carry computed numbers (walking explanations and skipped days costs time). */
function resultIsFinite(result: RuleResult<unknown>): boolean {
  return (
    (result.value === undefined || isFiniteDeep(result.value)) &&
    (result.measured === undefined || isFiniteDeep(result.measured)) &&
    (result.target === undefined || isFiniteDeep(result.target)) &&
    (result.sanctions.length === 0 || isFiniteDeep(result.sanctions))
  );
}

export function defineRule<const Id extends string, F extends z.ZodType, P extends z.ZodObject, V = never>(
  spec: RuleSpec<Id, F, P, V>,
): Rule<Id, F, P, V> {
  registerParams(spec.id, spec.params);
  const clause = `${spec.policy} ${spec.clause}`;

  const run = (facts: unknown, options?: unknown): Outcome<V> => {
    try {
      const { evaluator, asOf: optionAsOf } = evaluatorFor(options);
      const resolved = evaluator.resolved;
      const checked = evaluator.checkFacts<z.output<F>>(spec, facts);
      if (!checked.success) {
        const issues = zodIssues(checked.error);
        const first = issues[0];
        const where = first ? `${first.path.join('.') || '(facts)'}: ${first.message}` : 'invalid facts';
        return { ok: false, error: { code: 'invalid-facts', message: `${spec.id}: ${where}`, issues } };
      }
      const data = checked.data;
      const time = evaluator.time;
      const factAsOf = (data as { asOf?: unknown }).asOf;
      const asOf = typeof factAsOf === 'string' ? time.parse(factAsOf) : optionAsOf;
      // One configuration version (the common case) is picked without asking when the obligation started
      // (an instant parsed again) or building the pair `versionAt` returns.
      const versions = resolved.versions;
      const picked =
        versions.length === 1 ? undefined : versionAt(resolved, spec.startOf?.(data, resolved.zone, time) ?? asOf);
      const index = picked === undefined ? 0 : picked.index;
      const version = picked === undefined ? (versions[0] as (typeof versions)[number]) : picked.version;
      const ctx: RuleContext<z.output<P>> = {
        params: evaluator.paramsOf<z.output<P>>(spec, index),
        zone: resolved.zone,
        calendar: resolved.calendar,
        warningShare: version.warningShare,
        orgName: version.orgName,
        asOf,
        options,
        time,
        words: evaluator.words,
      };
      const verdict = spec.evaluate(data, ctx);
      const result = toResult(spec, clause, verdict, resolved.zone, time);
      if (!resultIsFinite(result)) {
        return {
          ok: false,
          error: { code: 'internal', message: `${spec.id}: a computed number is not finite`, issues: [] },
        };
      }
      return { ok: true, result };
    } catch (e) {
      return { ok: false, error: toError(e) };
    }
  };

  const fn = (facts: z.input<F>, options?: EvaluateOptions) => run(facts, options);
  const rule = Object.assign(fn, {
    id: spec.id,
    policy: spec.policy,
    clause,
    seedLines: spec.seedLines,
    kind: spec.kind,
    title: spec.title,
    facts: spec.facts,
    params: spec.params,
    defaults: {} as Readonly<Record<string, unknown>>,
    run,
  });
  // Defaults are computed on each read (a getter, not a stored value: a rule object holds no state);
  // parsing 102 parameter schemas at load time would cost start-up.
  Object.defineProperty(rule, 'defaults', {
    enumerable: true,
    get: () => Object.freeze(spec.params.parse({}) as Record<string, unknown>),
  });
  return rule;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function toResult<V>(
  spec: { id: string; policy: PolicyCode; kind: RuleKind },
  clause: string,
  v: Verdict<V>,
  zone: string,
  time: InstantCodec,
): RuleResult<V> {
  // Built field by field (no conditional spreads: this runs for every evaluation), in the order the
  // fields have always had, so that serialised results stay byte-identical.
  const head: Mutable<Partial<RuleResult<V>>> = { ruleId: spec.id, policy: spec.policy, clause, kind: spec.kind };
  if (v.status !== undefined) head.status = v.status;
  if (v.value !== undefined) head.value = v.value;
  const dueAt = v.dueAt ?? v.deadline?.dueAt;
  const dueText = dueAt === undefined ? undefined : time.iso(dueAt, zone);
  if (dueText !== undefined) head.dueAt = dueText;
  if (v.measured !== undefined) head.measured = v.measured;
  if (v.target !== undefined) head.target = v.target;
  head.sanctions = v.sanctions ?? [];
  head.explanation = { en: `${v.explanation.en} (${clause})`, zh: `${v.explanation.zh}（${clause}）` };
  const d = v.deadline;
  // A deadline's own warnings (the calendar guessed, or ends soon) follow the rule's.
  head.warnings = d?.warnings === undefined ? (v.warnings ?? []) : [...(v.warnings ?? []), ...d.warnings];
  if (d !== undefined) {
    head.deadline = {
      kind: d.kind,
      start: time.iso(d.windowStart, zone),
      dueAt: dueText !== undefined && d.dueAt === dueAt ? dueText : time.iso(d.dueAt, zone),
      skipped: d.skipped,
    };
  }
  return head as RuleResult<V>;
}
