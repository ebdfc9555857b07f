/**
 * `defineRule` turns a rule's specification (metadata, facts schema, parameters, body) into a typed
 * function that validates, picks the configuration version, evaluates and formats — and never throws.
 */

import type * as z from 'zod';
import { compile } from 'zod';
import * as zodCore from 'zod/v4/core';
import type { WorkingDayCalendar } from './calendar/calendar.js';
import { type ResolvedConfig, resolveConfig, versionAt, zodIssues } from './config.js';
import type { Deadline } from './deadline.js';
import { type KefuError, KefuRuleError } from './errors.js';
import { isoInstant } from './instant-text.js';
import { userErrors } from './messages.js';
import type { Bilingual, Outcome, Quantity, RuleKind, RuleResult, Status, Target, Warning } from './result.js';
import { ruleIds } from './rule-ids.js';
import type { Sanction } from './sanctions.js';
import { parseInstant } from './time.js';

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
  readonly startOf?: (facts: z.output<F>, zone: string) => number | undefined;
  readonly evaluate: (facts: z.output<F>, ctx: RuleContext<z.output<P>>) => Verdict<V>;
}

export interface EvaluateOptions {
  /** ISO instant the evaluation is made at; decides `pending` vs `breached`. */
  readonly asOf?: string;
  /** The organisation's configuration (see `orgConfigSchema`). Resolved once per object and cached. */
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

/** Rule ids known to configuration validation: the whole catalogue, whichever rules this program loaded. */
const knownRuleIds: ReadonlySet<string> = new Set<string>(ruleIds);
/** Parameter schemas of the rules loaded so far (an entry point may load one policy only). */
const paramSchemas = new Map<string, z.ZodObject>();

const configCache = new WeakMap<object, ResolvedConfig>();
let defaultConfig: ResolvedConfig | undefined;

/** Resolve (and fully validate, every rule's parameters in every version) a configuration, cached per object. */
export function resolveConfigCached(config: unknown): ResolvedConfig {
  if (config === undefined || config === null) {
    defaultConfig ??= resolveConfig(undefined, knownRuleIds);
    return defaultConfig;
  }
  if (typeof config === 'object') {
    const hit = configCache.get(config);
    if (hit) return hit;
  }
  const resolved = resolveConfig(config, knownRuleIds);
  resolved.versions.forEach((version, index) => {
    for (const [id, overrides] of Object.entries(version.rules)) {
      const schema = paramSchemas.get(id);
      if (!schema) continue;
      const parsed = schema.strict().safeParse(overrides, { error: userErrors });
      if (!parsed.success) {
        const where = index === 0 ? ['config', 'rules', id] : ['config', 'versions', index - 1, 'rules', id];
        throw new KefuRuleError('invalid-config', `invalid parameters for ${id}`, zodIssues(parsed.error, where));
      }
    }
  });
  if (typeof config === 'object') configCache.set(config, resolved);
  return resolved;
}

/**
 * A rule's parsed parameters per resolved configuration, by version index. One per rule (made in
 * `defineRule`): a lookup per evaluation must not build string keys.
 */
function paramsCache<P extends z.ZodObject>(spec: { id: string; params: P }) {
  const perConfig = new WeakMap<ResolvedConfig, (z.output<P> | undefined)[]>();
  // The last configuration asked about: the audit asks about one configuration all along.
  let lastConfig: ResolvedConfig | undefined;
  let lastByVersion: (z.output<P> | undefined)[] = [];
  return (config: ResolvedConfig, index: number): z.output<P> => {
    let byVersion = config === lastConfig ? lastByVersion : perConfig.get(config);
    if (!byVersion) {
      byVersion = [];
      perConfig.set(config, byVersion);
    }
    lastConfig = config;
    lastByVersion = byVersion;
    const hit = byVersion[index];
    if (hit !== undefined) return hit;
    const overrides = config.versions[index]?.rules[spec.id] ?? {};
    const parsed = spec.params.parse(overrides) as z.output<P>;
    byVersion[index] = parsed;
    return parsed;
  };
}

function toError(e: unknown): KefuError {
  if (e instanceof KefuRuleError) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `internal error: ${message}`, issues: [] };
}

// The last `asOf` text parsed: callers (the audit above all) pass the same options object many times.
let lastAsOfText: string | undefined;
let lastAsOfMs: number | undefined;

interface ParsedOptions {
  readonly asOf: number | undefined;
  readonly config: unknown;
}

interface PreparedOptions extends ParsedOptions {
  readonly resolved: ResolvedConfig;
}

const NO_OPTIONS: ParsedOptions = { asOf: undefined, config: undefined };

/** Options checked once, kept on a frozen options object under a key no caller can name (see `prepareOptions`). */
const PREPARED: unique symbol = Symbol('kefu.preparedOptions');

/**
 * An options object (`{ asOf?, config? }`) for evaluating many rules with the same options: frozen, with
 * its checked `asOf` and resolved configuration attached (not enumerable, under a private symbol), so a
 * run skips checking them again. Options that would not pass the check get nothing attached: a run
 * reports them exactly as it would for a plain object.
 */
export function prepareOptions(asOf: string | undefined, config: unknown): object {
  const options: { asOf?: string; config?: unknown } = {};
  if (asOf !== undefined) options.asOf = asOf;
  if (config !== undefined) options.config = config;
  try {
    const parsed = parseOptions(options);
    const prepared: PreparedOptions = {
      asOf: parsed.asOf,
      config: parsed.config,
      resolved: resolveConfigCached(config),
    };
    Object.defineProperty(options, PREPARED, { value: prepared, enumerable: false });
  } catch {
    // Left unprepared: every run reports the problem itself.
  }
  return Object.freeze(options);
}

function parseOptions(options: unknown): ParsedOptions {
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
  let ms: number | undefined;
  if (typeof asOf === 'string') {
    if (asOf !== lastAsOfText) {
      lastAsOfMs = parseInstant(asOf);
      lastAsOfText = asOf;
    }
    ms = lastAsOfMs;
  }
  if (ms === undefined) {
    const message = 'expected an ISO-8601 instant with an offset or Z';
    throw new KefuRuleError('invalid-options', `asOf: ${message}`, [{ path: ['asOf'], message }]);
  }
  return { asOf: ms, config };
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
  if (paramSchemas.has(spec.id)) throw new Error(`rule ${spec.id} defined twice`);
  paramSchemas.set(spec.id, spec.params);
  const clause = `${spec.policy} ${spec.clause}`;
  const paramsFor = paramsCache(spec);
  // The facts schema compiled to a generated parser (zod's compileFn: the same output, and on any input it
  // cannot settle, `INVALID`, the schema's own safeParse answers, so the same issues: what zod's `compile`
  // does, without its wrapper's result object). Compiled on first use: the package loads without
  // compiling a hundred schemas. A schema the compiler refuses keeps the runtime parser.
  let factsParser: ((input: unknown) => unknown) | undefined;
  const compileFacts = (): ((input: unknown) => unknown) => {
    try {
      factsParser = fastParser(spec.facts);
    } catch {
      factsParser = () => INVALID;
    }
    return factsParser;
  };
  // The context of the last evaluation: the next one with the same configuration version, `asOf` and
  // options reuses it (every field would be the same; a body only reads it).
  let lastCtx: RuleContext<z.output<P>> | undefined;
  let lastResolved: ResolvedConfig | undefined;
  let lastIndex = -1;

  const run = (facts: unknown, options?: unknown): Outcome<V> => {
    try {
      const prepared =
        options !== null && typeof options === 'object'
          ? (options as { [PREPARED]?: PreparedOptions })[PREPARED]
          : undefined;
      let optionAsOf: number | undefined;
      let resolved: ResolvedConfig;
      if (prepared !== undefined) {
        optionAsOf = prepared.asOf;
        resolved = prepared.resolved;
      } else {
        const parsedOptions = parseOptions(options);
        optionAsOf = parsedOptions.asOf;
        resolved = resolveConfigCached(parsedOptions.config);
      }
      const out = (factsParser ?? compileFacts())(facts);
      let data: z.output<F>;
      if (out !== INVALID) data = out as z.output<F>;
      else {
        const parsed = spec.facts.safeParse(facts, { error: userErrors });
        if (!parsed.success) {
          const issues = zodIssues(parsed.error);
          const first = issues[0];
          const where = first ? `${first.path.join('.') || '(facts)'}: ${first.message}` : 'invalid facts';
          return { ok: false, error: { code: 'invalid-facts', message: `${spec.id}: ${where}`, issues } };
        }
        data = parsed.data;
      }
      const factAsOf = (data as { asOf?: unknown }).asOf;
      const asOf = typeof factAsOf === 'string' ? parseInstant(factAsOf) : optionAsOf;
      const start = spec.startOf?.(data, resolved.zone) ?? asOf;
      const versions = resolved.versions;
      let index = 0;
      if (versions.length !== 1) index = versionAt(resolved, start).index;
      let ctx = lastCtx;
      if (
        ctx === undefined ||
        resolved !== lastResolved ||
        index !== lastIndex ||
        ctx.asOf !== asOf ||
        ctx.options !== options
      ) {
        const version =
          versions.length === 1 ? (versions[0] as (typeof versions)[number]) : versionAt(resolved, start).version;
        ctx = {
          params: paramsFor(resolved, index),
          zone: resolved.zone,
          calendar: resolved.calendar,
          warningShare: version.warningShare,
          orgName: version.orgName,
          asOf,
          options,
        };
        lastCtx = ctx;
        lastResolved = resolved;
        lastIndex = index;
      }
      const verdict = spec.evaluate(data, ctx);
      const result = toResult(spec, clause, verdict, resolved.zone);
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
  // Defaults are computed on first read: parsing 102 parameter schemas at load time costs start-up.
  let defaults: Readonly<Record<string, unknown>> | undefined;
  Object.defineProperty(rule, 'defaults', {
    enumerable: true,
    get: () => {
      defaults ??= spec.params.parse({}) as Record<string, unknown>;
      return defaults;
    },
  });
  return rule;
}

/**
 * zod's generated parser without its result object: `compileFn` answers the output, or `INVALID` where
 * the runtime parser must (the caller then runs `safeParse` for the issues). Both are zod-internal (4.6),
 * so they are looked up rather than imported: should a zod release drop them, the public `compile` stands
 * in, with the same answers and one result object more per call. Each is read as a named member of the
 * namespace (never the namespace object as a whole), so a bundler takes just these two and not all of
 * zod's core with its 64 locales (258 KB, #17); a missing member reads as undefined, not a link error.
 */
interface ZodInternals {
  readonly compileFn?: (schema: z.ZodType) => (input: unknown) => unknown;
  readonly INVALID?: symbol;
}
const zodInternals: ZodInternals = {
  compileFn: (zodCore as Partial<typeof zodCore>).compileFn as ZodInternals['compileFn'],
  INVALID: (zodCore as Partial<typeof zodCore>).INVALID,
};
/** What a fast parser answers where the runtime parser must (internal; exported for the tests). */
export const INVALID: symbol = zodInternals.INVALID ?? Symbol('invalid');

/**
 * The facts parser `run` uses (internal; exported for the tests): `internals` stands for zod's, so the
 * tests can take the public-`compile` path too.
 */
export function fastParser(
  schema: z.ZodType,
  internals: typeof zodInternals = zodInternals,
): (input: unknown) => unknown {
  const { compileFn } = internals;
  if (typeof compileFn === 'function' && internals.INVALID === INVALID) return compileFn(schema);
  const compiled = compile(schema);
  return (input) => {
    const parsed = compiled.safeParse(input);
    return parsed.success ? parsed.data : INVALID;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function toResult<V>(
  spec: { id: string; policy: PolicyCode; kind: RuleKind },
  clause: string,
  v: Verdict<V>,
  zone: string,
): RuleResult<V> {
  // Built field by field (no conditional spreads: this runs for every evaluation), in the order the
  // fields have always had, so that serialised results stay byte-identical.
  const head: Mutable<Partial<RuleResult<V>>> = { ruleId: spec.id, policy: spec.policy, clause, kind: spec.kind };
  if (v.status !== undefined) head.status = v.status;
  if (v.value !== undefined) head.value = v.value;
  const dueAt = v.dueAt ?? v.deadline?.dueAt;
  const dueText = dueAt === undefined ? undefined : isoInstant(dueAt, zone);
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
      start: isoInstant(d.windowStart, zone),
      dueAt: dueText !== undefined && d.dueAt === dueAt ? dueText : isoInstant(d.dueAt, zone),
      skipped: d.skipped,
    };
  }
  return head as RuleResult<V>;
}
