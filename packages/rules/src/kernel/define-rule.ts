/**
 * `defineRule` turns a rule's specification (metadata, facts schema, parameters, body) into a typed
 * function that validates, picks the configuration version, evaluates and formats — and never throws.
 */
import type { z } from 'zod';
import type { WorkingDayCalendar } from './calendar/calendar.js';
import { type ResolvedConfig, resolveConfig, versionAt, zodIssues } from './config.js';
import type { Deadline } from './deadline.js';
import { type KefuError, KefuRuleError } from './errors.js';
import type { Bilingual, Outcome, Quantity, RuleKind, RuleResult, Status, Target, Warning } from './result.js';
import type { Sanction } from './sanctions.js';
import { formatInstant, parseInstant } from './time.js';

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

/** Rule ids known to configuration validation; filled as rules are defined. */
const knownRuleIds = new Set<string>();
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
      const parsed = schema.strict().safeParse(overrides);
      if (!parsed.success) {
        const where = index === 0 ? ['config', 'rules', id] : ['config', 'versions', index - 1, 'rules', id];
        throw new KefuRuleError('invalid-config', `invalid parameters for ${id}`, zodIssues(parsed.error, where));
      }
    }
  });
  if (typeof config === 'object') configCache.set(config, resolved);
  return resolved;
}

const paramCache = new WeakMap<object, Map<string, unknown>>();

function paramsFor<P extends z.ZodObject>(spec: { id: string; params: P }, config: ResolvedConfig, index: number) {
  let perConfig = paramCache.get(config);
  if (!perConfig) {
    perConfig = new Map();
    paramCache.set(config, perConfig);
  }
  const key = `${index}`;
  const cacheKey = `${spec.id}@${key}`;
  if (perConfig.has(cacheKey)) return perConfig.get(cacheKey) as z.output<P>;
  const overrides = config.versions[index]?.rules[spec.id] ?? {};
  const parsed = spec.params.parse(overrides) as z.output<P>;
  perConfig.set(cacheKey, parsed);
  return parsed;
}

function toError(e: unknown): KefuError {
  if (e instanceof KefuRuleError) return e.toJSON();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `internal error: ${message}`, issues: [] };
}

function parseOptions(options: unknown): { asOf: number | undefined; config: unknown } {
  if (options === undefined || options === null) return { asOf: undefined, config: undefined };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new KefuRuleError('invalid-options', 'options must be an object', [
      { path: [], message: 'expected an object' },
    ]);
  }
  const { asOf, config, ...rest } = options as { asOf?: unknown; config?: unknown };
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) {
    throw new KefuRuleError('invalid-options', `unknown option ${extra}`, [
      { path: [extra], message: 'unknown option' },
    ]);
  }
  if (asOf === undefined) return { asOf: undefined, config };
  const ms = typeof asOf === 'string' ? parseInstant(asOf) : undefined;
  if (ms === undefined) {
    const message = 'expected an ISO-8601 instant with an offset or Z';
    throw new KefuRuleError('invalid-options', `asOf: ${message}`, [{ path: ['asOf'], message }]);
  }
  return { asOf: ms, config };
}

function isFiniteDeep(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isFiniteDeep);
  if (value && typeof value === 'object') return Object.values(value).every(isFiniteDeep);
  return true;
}

export function defineRule<const Id extends string, F extends z.ZodType, P extends z.ZodObject, V = never>(
  spec: RuleSpec<Id, F, P, V>,
): Rule<Id, F, P, V> {
  if (knownRuleIds.has(spec.id)) throw new Error(`rule ${spec.id} defined twice`);
  knownRuleIds.add(spec.id);
  paramSchemas.set(spec.id, spec.params);
  const clause = `${spec.policy} ${spec.clause}`;

  const run = (facts: unknown, options?: unknown): Outcome<V> => {
    try {
      const { asOf: optionAsOf, config } = parseOptions(options);
      const resolved = resolveConfigCached(config);
      const parsed = spec.facts.safeParse(facts);
      if (!parsed.success) {
        const issues = zodIssues(parsed.error);
        const first = issues[0];
        const where = first ? `${first.path.join('.') || '(facts)'}: ${first.message}` : 'invalid facts';
        return { ok: false, error: { code: 'invalid-facts', message: `${spec.id}: ${where}`, issues } };
      }
      const data = parsed.data;
      const factAsOf = (data as { asOf?: unknown }).asOf;
      const asOf = typeof factAsOf === 'string' ? parseInstant(factAsOf) : optionAsOf;
      const start = spec.startOf?.(data, resolved.zone) ?? asOf;
      const { version, index } = versionAt(resolved, start);
      const ctx: RuleContext<z.output<P>> = {
        params: paramsFor(spec, resolved, index),
        zone: resolved.zone,
        calendar: resolved.calendar,
        warningShare: version.warningShare,
        orgName: version.orgName,
        asOf,
        options,
      };
      const verdict = spec.evaluate(data, ctx);
      const result = toResult(spec, clause, verdict, resolved.zone);
      // Only the parts that carry computed numbers: walking explanations and skipped days costs time.
      if (!isFiniteDeep([result.value, result.measured, result.target, result.sanctions])) {
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

function toResult<V>(
  spec: { id: string; policy: PolicyCode; kind: RuleKind },
  clause: string,
  v: Verdict<V>,
  zone: string,
): RuleResult<V> {
  const dueAt = v.dueAt ?? v.deadline?.dueAt;
  return {
    ruleId: spec.id,
    policy: spec.policy,
    clause,
    kind: spec.kind,
    ...(v.status !== undefined && { status: v.status }),
    ...(v.value !== undefined && { value: v.value }),
    ...(dueAt !== undefined && { dueAt: formatInstant(dueAt, zone) }),
    ...(v.measured !== undefined && { measured: v.measured }),
    ...(v.target !== undefined && { target: v.target }),
    sanctions: v.sanctions ?? [],
    explanation: { en: `${v.explanation.en} (${clause})`, zh: `${v.explanation.zh}（${clause}）` },
    warnings: v.warnings ?? [],
    ...(v.deadline !== undefined && {
      deadline: {
        kind: v.deadline.kind,
        start: formatInstant(v.deadline.windowStart, zone),
        dueAt: formatInstant(v.deadline.dueAt, zone),
        skipped: v.deadline.skipped,
      },
    }),
  };
}
