/**
 * Audit options, checked once up front: the configuration (fully resolved, every rule's parameters), the
 * organisation file and `asOf`. A bad option is the caller's mistake, not a line's, so `streamAudit` throws
 * for it instead of rejecting lines one by one.
 */
import { Duration } from 'luxon';
import * as z from 'zod';
import { zodIssues } from '../kernel/config.js';
import { resolveConfigCached } from '../kernel/define-rule.js';
import { type KefuError, KefuRuleError } from '../kernel/errors.js';
import { statuses } from '../kernel/result.js';
import { parseInstant } from '../kernel/time.js';
import { getPolicy, getRule } from '../registry.js';
import type { AuditOptions, FindingStatus, OrgFile } from './types.js';

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
  const d = Duration.fromISO(text);
  if (!d.isValid) return undefined;
  const ms = d.as('milliseconds');
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * The first entry of the `rules` option that names no rule and no policy. An unknown name must not
 * silently evaluate nothing: a typo (`P01.complaint-replied`, `p01`) would otherwise pass every log.
 */
function rulesProblem(rules: unknown): KefuError | undefined {
  const expected = 'expected a list of rule ids or policy codes (e.g. P01, P08.phone-answer)';
  if (!Array.isArray(rules)) return optionsError(`rules: ${expected}`, ['rules'], expected);
  const bad = rules.findIndex((r) => typeof r !== 'string' || (getRule(r) === undefined && getPolicy(r)?.code !== r));
  if (bad === -1) return undefined;
  const name: unknown = rules[bad];
  const policy = typeof name === 'string' ? getPolicy(name) : undefined;
  const hint = policy === undefined ? '' : ` (did you mean ${policy.code}?)`;
  return optionsError(
    `rules: ${JSON.stringify(name)} is not a rule id or a policy code${hint}`,
    ['rules', bad],
    expected,
  );
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
    ...rest
  } = options as AuditOptions & Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) return optionsError(`unknown option ${extra}`, [extra], 'unknown option');
  if (asOf !== undefined && (typeof asOf !== 'string' || parseInstant(asOf) === undefined)) {
    return optionsError(
      'asOf: expected an ISO-8601 instant with an offset or Z',
      ['asOf'],
      'expected an ISO-8601 instant with an offset or Z',
    );
  }
  if (maxDelay !== undefined && (typeof maxDelay !== 'string' || durationMs(maxDelay) === undefined)) {
    return optionsError('maxDelay: expected an ISO-8601 duration such as P2D', ['maxDelay'], 'expected a duration');
  }
  if (rules !== undefined) {
    const problem = rulesProblem(rules);
    if (problem !== undefined) return problem;
  }
  if (streamLedger !== undefined && typeof streamLedger !== 'boolean') {
    return optionsError('streamLedger: expected true or false', ['streamLedger'], 'expected a boolean');
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
  try {
    resolveConfigCached(config);
  } catch (e) {
    if (e instanceof KefuRuleError) return e.toJSON();
    return { code: 'invalid-config', message: String(e), issues: [] };
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
