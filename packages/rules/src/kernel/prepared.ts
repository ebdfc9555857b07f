/**
 * The prepared evaluator: the speed layer behind a run of many evaluations (the audit), created by its
 * caller and passed down — never module state. It resolves the configuration once, parses each rule's
 * parameters once per configuration version, compiles each rule's facts schema once (zod's public
 * `compile`), and holds the instant codec that rule bodies format and look up zone offsets with.
 * `caches: false` keeps the object and drops every memory: each evaluation then computes everything
 * afresh, as a plain `rule(facts, options)` call does; tests hold the two modes to the same answers.
 */
import type * as z from 'zod';
import { compile } from 'zod';
import type { ResolvedConfig } from './config.js';
import { resolveConfigChecked } from './config-check.js';
import { InstantCodec } from './instant-codec.js';
import { userErrors } from './messages.js';
import { WordMemo } from './word-memo.js';

/** Facts checked: zod's own answer (`success` with the parsed `data`, or the `error` in the user's words). */
export type FactsCheck<T> = z.ZodSafeParseResult<T>;

/** The user's words for every issue; one object for every parse (a parse must not allocate it again). */
const IN_USER_WORDS = Object.freeze({ error: userErrors });

/** A rule as the evaluator needs it: its id and its two schemas. */
export interface PreparableRule {
  readonly id: string;
  readonly facts: z.ZodType;
  readonly params: z.ZodObject;
}

/** The facts parser a plain evaluation uses: zod's runtime parser, nothing compiled, nothing kept. */
export function checkFacts<T>(schema: z.ZodType, facts: unknown): FactsCheck<T> {
  return schema.safeParse(facts, IN_USER_WORDS) as FactsCheck<T>;
}

/**
 * The facts parser a prepared evaluation uses: zod's public `compile` (a generated fast path that hands any
 * input it cannot settle to the runtime parser, so the same data and the same issues), or, should the
 * compiler refuse the schema, the schema itself.
 */
export function compiledFacts<T>(schema: z.ZodType): (facts: unknown) => FactsCheck<T> {
  let compiled: z.ZodType;
  try {
    compiled = compile(schema);
  } catch {
    compiled = schema;
  }
  return (facts) => checkFacts<T>(compiled, facts);
}

export interface PreparedEvaluatorOptions {
  /** The organisation's configuration (see `orgConfigSchema`); checked here, once. */
  readonly config?: unknown;
  /** `false`: keep nothing between evaluations (the caches-off mode). Default `true`. */
  readonly caches?: boolean;
}

/** Options checked once, kept on a frozen options object under a key no caller can name. */
export const PREPARED: unique symbol = Symbol('kefu.preparedEvaluator');

/** What a prepared options object carries. */
export interface PreparedOptions {
  readonly evaluator: PreparedEvaluator;
  /** Epoch ms of the options' `asOf`. */
  readonly asOf: number | undefined;
}

export class PreparedEvaluator {
  readonly caches: boolean;
  /** The configuration as given (a rule built on other rules passes it on). */
  readonly config: unknown;
  readonly resolved: ResolvedConfig;
  /** Instants parsed and formatted, zone offsets: handed to every rule body as `ctx.time`. */
  readonly time: InstantCodec;
  /** Words of durations and amounts, phrases folded for matching: handed to rule bodies as `ctx.words`. */
  readonly words: WordMemo;
  private readonly params = new Map<string, unknown[]>();
  private readonly parsers = new Map<string, (facts: unknown) => FactsCheck<unknown>>();

  /** Throws `KefuRuleError('invalid-config')` for a configuration that does not pass. */
  constructor(options: PreparedEvaluatorOptions = {}) {
    this.caches = options.caches !== false;
    this.config = options.config;
    this.resolved = resolveConfigChecked(options.config);
    this.time = new InstantCodec({ caches: this.caches });
    this.words = new WordMemo({ caches: this.caches });
  }

  /**
   * An options object (`{ asOf?, config? }`) that evaluates with this evaluator: frozen, the evaluator and
   * the checked `asOf` attached under a private symbol (not enumerable). An `asOf` that does not parse gets
   * nothing attached: a run then reports it exactly as it would for a plain object.
   */
  options(asOf?: string): object {
    const options: { asOf?: string; config?: unknown } = {};
    if (asOf !== undefined) options.asOf = asOf;
    if (this.config !== undefined) options.config = this.config;
    const ms = asOf === undefined ? undefined : this.time.parse(asOf);
    if (asOf === undefined || ms !== undefined) {
      const prepared: PreparedOptions = { evaluator: this, asOf: ms };
      Object.defineProperty(options, PREPARED, { value: prepared, enumerable: false });
    }
    return Object.freeze(options);
  }

  /** A rule's parameters in a configuration version: seed defaults overlaid with the version's overrides. */
  paramsOf<P>(rule: PreparableRule, index: number): P {
    if (!this.caches) return parseParams(rule, this.resolved, index) as P;
    let byVersion = this.params.get(rule.id);
    if (byVersion === undefined) {
      byVersion = [];
      this.params.set(rule.id, byVersion);
    }
    const hit = byVersion[index];
    if (hit !== undefined) return hit as P;
    const parsed = parseParams(rule, this.resolved, index);
    byVersion[index] = parsed;
    return parsed as P;
  }

  /** A rule's facts checked: with the rule's compiled parser (compiled on first use), or the runtime's. */
  checkFacts<T>(rule: PreparableRule, facts: unknown): FactsCheck<T> {
    if (!this.caches) return checkFacts<T>(rule.facts, facts);
    let parser = this.parsers.get(rule.id);
    if (parser === undefined) {
      parser = compiledFacts(rule.facts);
      this.parsers.set(rule.id, parser);
    }
    return parser(facts) as FactsCheck<T>;
  }
}

/** A rule's parameters in a resolved configuration's version `index`. */
function parseParams(rule: PreparableRule, resolved: ResolvedConfig, index: number): unknown {
  return rule.params.parse(resolved.versions[index]?.rules[rule.id] ?? {});
}
