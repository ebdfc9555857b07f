/**
 * Zod schemas of what the API returns, for the OpenAPI document and the typed client. They mirror the
 * types of @kefu/rules loosely (e.g. `unit` is any string): each handler's return is type-checked against
 * them, so a change in the library that breaks the documented shape fails `tsc` here.
 */
import { z } from '@hono/zod-openapi';
import { sanctionTypes, statuses } from '@kefu/rules';

/** Arrays are read-only in @kefu/rules' types; the schemas say so too, so its values fit them. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const bilingual = z.object({ en: z.string(), zh: z.string() }).openapi('Bilingual');

/** A JSON Schema (draft 2020-12) object, as produced from a rule's zod schema. */
const jsonSchemaObject = z.record(z.string(), z.unknown()).openapi('JsonSchema', {
  description: 'A JSON Schema (draft 2020-12), generated from the zod schema of @kefu/rules',
});

const problemIssue = z
  .object({
    path: list(z.union([z.string(), z.number()])).openapi({ description: 'Path of the offending field' }),
    pointer: z.string().optional().openapi({ description: 'JSON Pointer into the request body', example: '#/facts' }),
    message: z.string(),
  })
  .openapi('ProblemIssue');

const problem = z
  .object({
    type: z.string().openapi({ example: 'urn:kefu:problem:invalid-facts' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    detailZh: z.string().optional().openapi({
      description:
        "A rule's refusal in simplified Chinese (the evaluation routes), in the words the audit gives a refused line",
    }),
    instance: z.string().openapi({ description: 'The request path' }),
    code: z.string().openapi({ description: 'Stable error code', example: 'invalid-facts' }),
    issues: list(problemIssue),
    requestId: z.string().optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof problem>;

const problemContent = { 'application/problem+json': { schema: problem } } as const;

/** The error responses a route can give, by status. */
export function problems<const S extends readonly number[]>(...codes: S) {
  const described: Record<number, string> = {
    400: 'Malformed JSON, or input that fails its schema',
    401: 'No bearer token, or a wrong one (when tokens are configured)',
    403: "The token belongs to another organisation than the one asked for (or to none of the monitor's)",
    404: 'Unknown rule, policy or path',
    413: 'Body over the size limit',
    415: 'Wrong content type',
    422: "Well-formed input the rule refuses, a calendar year it doesn't know, or an audit over its time budget",
    429: 'Too many failed token attempts from this client (see Retry-After)',
    500: 'Internal error (never for bad input)',
    503: 'Too many audits (or alert streams) running at once (see Retry-After)',
  };
  return Object.fromEntries(
    codes.map((code) => [code, { description: described[code] ?? 'Error', content: problemContent }]),
  ) as { [K in S[number]]: { description: string; content: typeof problemContent } };
}

const quantity = z.object({ value: z.number(), unit: z.string() });
const target = quantity.extend({ comparator: z.enum(['<=', '<', '>=', '>', '=']) });

export const sanction = z
  .object({
    type: z.enum(sanctionTypes),
    amount: z.number().optional().openapi({ description: 'yuan' }),
    share: z.number().optional().openapi({ description: 'share of the monthly bonus, 0–1' }),
    points: z.number().optional().openapi({ description: 'signed; a deduction is negative' }),
    count: z.number().optional(),
    clause: z.string(),
    note: z.string().optional(),
  })
  .openapi('Sanction');

export const dayInfo = z
  .object({
    date: z.string().openapi({ example: '2026-10-01' }),
    working: z.boolean(),
    reason: z.enum(['weekday', 'weekend', 'holiday', 'make-up']),
    weekday: z.number().int().openapi({ description: 'ISO weekday: 1 Monday … 7 Sunday' }),
    holiday: bilingual.optional(),
  })
  .openapi('DayInfo');

export const ruleResult = z
  .object({
    ruleId: z.string(),
    policy: z.string(),
    clause: z.string(),
    kind: z.enum(['check', 'compute']),
    status: z.enum(statuses).optional(),
    value: z.unknown().optional(),
    dueAt: z.string().optional(),
    measured: quantity.optional(),
    target: target.optional(),
    sanctions: list(sanction),
    explanation: bilingual,
    warnings: list(z.object({ code: z.string(), en: z.string(), zh: z.string() })),
    deadline: z
      .object({
        kind: z.enum(['clock', 'calendar-days', 'working-days', 'day-of-month', 'fixed']),
        start: z.string(),
        dueAt: z.string(),
        skipped: list(dayInfo),
      })
      .optional(),
  })
  .openapi('RuleResult');

export const ruleSummary = z
  .object({
    id: z.string().openapi({ example: 'P01.complaint-reply' }),
    policy: z.string().openapi({ example: 'P01' }),
    clause: z.string(),
    seedLines: z.tuple([z.number().int(), z.number().int()]),
    kind: z.enum(['check', 'compute']),
    title: bilingual,
  })
  .openapi('RuleSummary');

export const ruleDetail = ruleSummary
  .extend({
    facts: jsonSchemaObject,
    params: jsonSchemaObject,
    defaults: z.record(z.string(), z.unknown()),
  })
  .openapi('RuleDetail');

export const policySummary = z
  .object({
    code: z.string().openapi({ example: 'P01' }),
    title: bilingual,
    seedTitle: z.string(),
    seedLines: z.tuple([z.number().int(), z.number().int()]),
    rules: list(z.string()).openapi({ description: 'Ids of its rules' }),
  })
  .openapi('PolicySummary');

export const policyDetail = policySummary
  .omit({ rules: true })
  .extend({ rules: list(ruleSummary) })
  .openapi('PolicyDetail');
