/**
 * Audit options, checked once up front: the configuration (fully resolved, every rule's parameters), the
 * organisation file and `asOf`. A bad option is the caller's mistake, not a line's, so `streamAudit` throws
 * for it instead of rejecting lines one by one.
 */
import * as z from 'zod';
import { zodIssues } from '../kernel/config.js';
import { resolveConfigChecked } from '../kernel/config-check.js';
import { type KefuError, KefuRuleError } from '../kernel/errors.js';
import { casualMs, parseIsoDuration } from '../kernel/iso-duration.js';
import { didYouMean } from '../kernel/messages.js';
import { PreparedEvaluator } from '../kernel/prepared.js';
import { statuses } from '../kernel/result.js';
import { instantYearProblem, parseInstant } from '../kernel/time.js';
import { rules as allRules, getPolicy, getRule, policies } from '../registry.js';
import { checkState } from './state/audit-state.js';
import type { AuditOptions, FindingStatus, OrgFile } from './types.js';

/** Defaults of the window options (`AuditOptions`): a day of clock skew, five years of months. */
export const DEFAULT_MAX_FUTURE = 'PT24H';
export const DEFAULT_MAX_MONTHS = 60;
/** 1 MiB: a desk event is a few hundred bytes; anything near this is not one. */
export const DEFAULT_MAX_LINE_BYTES = 1_048_576;
const MAX_FUTURE_LIMIT_MS = 366 * 24 * 3_600_000;
const MAX_MONTHS_LIMIT = 1200;
const MIN_LINE_BYTES = 1024;
const MAX_LINE_BYTES_LIMIT = 256 * 1_048_576;

/** Every finding status: a check rule's verdicts, then `computed` for a compute rule's result. */
export const findingStatuses: readonly FindingStatus[] = [...statuses, 'computed'];

const money = z.number().min(0).max(1e9);

export const orgFileSchema = z
  .object({
    name: z.string().min(1).optional().describe('the organisation’s name'),
    households: z.number().int().min(0).optional().describe('households served (P01 visits, surveys)'),
    departments: z
      .array(
        z
          .object({
            id: z.string().min(1),
            name: z.string().optional(),
            head: z.string().min(1).optional().describe('employee id of the head (P10 joint liability)'),
          })
          .strict(),
      )
      .describe('departments'),
    people: z
      .array(
        z
          .object({
            id: z.string().min(1),
            name: z.string().optional(),
            department: z.string().min(1),
            monthlyBonus: money.optional().describe('monthly performance bonus, yuan (P09)'),
            dayWage: money.optional().describe('day wage, yuan (P12 absence)'),
            monthlySalary: money.optional().describe('monthly salary, yuan (P10 quarrel)'),
            basePoints: z.number().min(0).max(1e6).optional().describe('P09 base points (基點數)'),
            group: z.string().min(1).optional().describe('P09 第二十二條: the group (組) within the department'),
          })
          .strict(),
      )
      .describe('people'),
    obligations: z.array(z.string().min(1)).optional(),
    ladder: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((org, ctx) => {
    const departments = new Set(org.departments.map((d) => d.id));
    const people = new Set<string>();
    org.people.forEach((p, i) => {
      if (people.has(p.id)) ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: `duplicate ${p.id}` });
      people.add(p.id);
      if (!departments.has(p.department)) {
        ctx.addIssue({ code: 'custom', path: ['people', i, 'department'], message: `no department ${p.department}` });
      }
    });
    org.departments.forEach((d, i) => {
      if (d.head !== undefined && !people.has(d.head)) {
        ctx.addIssue({ code: 'custom', path: ['departments', i, 'head'], message: `no person ${d.head}` });
      }
    });
  });

function optionsError(message: string, path: (string | number)[], detail: string): KefuError {
  return { code: 'invalid-options', message, issues: [{ path, message: detail }] };
}

/** Milliseconds of an ISO-8601 duration, or `undefined` when it is not one (or not positive). */
export function durationMs(text: string): number | undefined {
  const d = parseIsoDuration(text);
  const ms = d === undefined ? Number.NaN : casualMs(d);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * The first entry of the `rules` option that names no rule and no policy. An unknown name must not
 * silently evaluate nothing: a typo (`P01.complaint-replied`, `p01`) would otherwise pass every log.
 */
function rulesProblem(rules: unknown): KefuError | undefined {
  const expected = 'expected a list of rule ids or policy codes (e.g. P01, P08.phone-answer)';
  if (!Array.isArray(rules)) return optionsError(`rules: ${expected}`, ['rules'], expected);
  // Policy codes in any case, as everywhere (`p08`, `p10.phone-answer`).
  const bad = rules.findIndex((r) => typeof r !== 'string' || (getRule(r) === undefined && getPolicy(r) === undefined));
  if (bad === -1) return undefined;
  const name: unknown = rules[bad];
  const hint =
    typeof name === 'string' ? didYouMean(name, [...policies.map((p) => p.code), ...allRules.map((r) => r.id)]) : '';
  return optionsError(
    `rules: ${JSON.stringify(name)} is not a rule id or a policy code${hint}`,
    ['rules', bad],
    expected,
  );
}

/** `asOf` or `now`: an ISO instant with an offset, in the years the library handles. */
function instantOptionProblem(name: string, value: unknown): KefuError | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'string' ? parseInstant(value) : undefined;
  if (ms === undefined) {
    const expected = 'expected an ISO-8601 instant with an offset or Z';
    return optionsError(`${name}: ${expected}`, [name], expected);
  }
  const outside = instantYearProblem(ms);
  return outside === undefined ? undefined : optionsError(`${name}: ${outside}`, [name], outside);
}

function wholeOptionProblem(name: string, value: unknown, min: number, max: number): KefuError | undefined {
  if (value === undefined) return undefined;
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return undefined;
  const expected = `expected a whole number from ${min} to ${max}`;
  return optionsError(`${name}: ${expected}`, [name], expected);
}

/** The first problem with the options, or `undefined` when they are usable. */
export function validateAuditOptions(options: unknown): KefuError | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) {
    return optionsError('options must be an object', [], 'expected an object');
  }
  const {
    asOf,
    config,
    org,
    maxDelay,
    rules,
    streamLedger,
    statuses: only,
    now,
    maxFuture,
    maxMonths,
    maxLineBytes,
    resumeFrom,
    checkpoint,
    judgeOpen,
    monthCheckpoints,
    lenientIds,
    caches,
    evaluator,
    ...rest
  } = options as AuditOptions & Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return optionsError(`unknown option ${extra}`, [extra], 'unknown option');
  if (evaluator !== undefined) {
    if (!(evaluator instanceof PreparedEvaluator)) {
      return optionsError('evaluator: expected a PreparedEvaluator', ['evaluator'], 'expected a PreparedEvaluator');
    }
    if (config !== undefined && config !== evaluator.config) {
      const expected = 'the configuration the evaluator was made with (or no config)';
      return optionsError(`config: expected ${expected}`, ['config'], expected);
    }
  }
  const instantProblem = instantOptionProblem('asOf', asOf) ?? instantOptionProblem('now', now);
  if (instantProblem !== undefined) return instantProblem;
  if (maxFuture !== undefined) {
    const ms = typeof maxFuture === 'string' ? durationMs(maxFuture) : undefined;
    if (ms === undefined || ms > MAX_FUTURE_LIMIT_MS) {
      const expected = 'expected an ISO-8601 duration from PT0S to P366D, such as PT24H';
      return optionsError(`maxFuture: ${expected}`, ['maxFuture'], expected);
    }
  }
  const wholeProblem =
    wholeOptionProblem('maxMonths', maxMonths, 1, MAX_MONTHS_LIMIT) ??
    wholeOptionProblem('maxLineBytes', maxLineBytes, MIN_LINE_BYTES, MAX_LINE_BYTES_LIMIT);
  if (wholeProblem !== undefined) return wholeProblem;
  if (maxDelay !== undefined && (typeof maxDelay !== 'string' || durationMs(maxDelay) === undefined)) {
    return optionsError('maxDelay: expected an ISO-8601 duration such as P2D', ['maxDelay'], 'expected a duration');
  }
  if (rules !== undefined) {
    const problem = rulesProblem(rules);
    if (problem !== undefined) return problem;
  }
  if (checkpoint !== undefined && typeof checkpoint !== 'boolean') {
    return optionsError('checkpoint: expected true or false', ['checkpoint'], 'expected a boolean');
  }
  if (judgeOpen !== undefined && typeof judgeOpen !== 'boolean') {
    return optionsError('judgeOpen: expected true or false', ['judgeOpen'], 'expected a boolean');
  }
  if (monthCheckpoints !== undefined && typeof monthCheckpoints !== 'boolean') {
    return optionsError('monthCheckpoints: expected true or false', ['monthCheckpoints'], 'expected a boolean');
  }
  if (monthCheckpoints === true && maxDelay === undefined) {
    return optionsError(
      'monthCheckpoints needs maxDelay: without it months close only at the end of the log (use checkpoint)',
      ['monthCheckpoints'],
      'needs maxDelay',
    );
  }
  if (streamLedger !== undefined && typeof streamLedger !== 'boolean') {
    return optionsError('streamLedger: expected true or false', ['streamLedger'], 'expected a boolean');
  }
  if (lenientIds !== undefined && typeof lenientIds !== 'boolean') {
    return optionsError('lenientIds: expected true or false', ['lenientIds'], 'expected a boolean');
  }
  if (caches !== undefined && typeof caches !== 'boolean') {
    return optionsError('caches: expected true or false', ['caches'], 'expected a boolean');
  }
  if (only !== undefined) {
    const expected = `expected a list of ${findingStatuses.join(', ')}`;
    if (!Array.isArray(only)) return optionsError(`statuses: ${expected}`, ['statuses'], expected);
    const bad = only.findIndex((s) => !findingStatuses.includes(s));
    if (bad !== -1) {
      return optionsError(
        `statuses: ${JSON.stringify(only[bad])} is not a status (${expected})`,
        ['statuses', bad],
        expected,
      );
    }
  }
  let zone: string;
  try {
    zone = resolveConfigChecked(config).zone;
  } catch (e) {
    if (e instanceof KefuRuleError) return e.toJSON();
    return { code: 'invalid-config', message: String(e), issues: [] };
  }
  if (resumeFrom !== undefined) {
    // Checked here, not only when the audit starts: an adapter refuses a state before it reads a line.
    try {
      checkState(resumeFrom, {
        zone,
        maxDelay: typeof maxDelay === 'string' ? maxDelay : null,
        rules: rules === undefined ? null : [...rules],
      });
    } catch (e) {
      if (e instanceof KefuRuleError) return e.toJSON();
      throw e;
    }
  }
  if (org !== undefined) {
    const parsed = orgFileSchema.safeParse(org);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error, ['org']);
      const first = issues[0];
      const where = first ? `${first.path.join('.')}: ${first.message}` : 'invalid organisation file';
      return { code: 'invalid-options', message: `organisation file: ${where}`, issues };
    }
  }
  return undefined;
}

/** The organisation file, parsed (after `validateAuditOptions` accepted it). */
export function parseOrg(org: unknown): OrgFile | undefined {
  if (org === undefined) return undefined;
  return orgFileSchema.parse(org);
}
