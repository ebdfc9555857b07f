/** The rule registry and evaluation: everything comes from @kefu/rules' registry, nothing is per policy. */
import { createRoute, z } from '@hono/zod-openapi';
import { type ErrorCode, evaluate, getRule, policies, type RuleInfo, refusalZh, rules } from '@kefu/rules';
import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, type RouteDeps, routeApp } from '../context.js';
import { jsonSchemaOf } from '../json-schema.js';
import { kefuErrorResponse, problemBody, problemHeaders } from '../problem.js';
import { problems, ruleDetail, ruleResult, ruleSummary } from '../schemas.js';

export function summaryOf(rule: RuleInfo) {
  return {
    id: rule.id,
    policy: rule.policy,
    clause: rule.clause,
    seedLines: [rule.seedLines[0], rule.seedLines[1]] as [number, number],
    kind: rule.kind,
    title: rule.title,
  };
}

const ruleIdParam = z.object({
  ruleId: z.string().openapi({ param: { name: 'ruleId', in: 'path' }, example: 'P01.complaint-reply' }),
});

const evaluateBody = z
  .object({
    facts: z.unknown().openapi({ description: "The rule's facts; each rule's schema is under its own path" }),
    asOf: z.string().optional().openapi({
      description: 'ISO-8601 instant the evaluation is made at (decides pending vs breached)',
      example: '2026-11-27T18:00:00+08:00',
    }),
    config: z.unknown().optional().openapi({
      description: 'Organisation configuration (OrgConfig); default: the server’s',
    }),
  })
  .strict()
  .openapi('EvaluateRequest');

type EvaluateBody = z.infer<typeof evaluateBody>;

const listRoute = createRoute({
  method: 'get',
  path: '/rules',
  operationId: 'listRules',
  tags: ['rules'],
  summary: 'List the rules, optionally of one policy',
  request: {
    query: z.object({
      policy: z
        .string()
        .optional()
        .openapi({ description: 'A policy code', example: policies[0]?.code ?? 'P01' }),
    }),
  },
  responses: {
    200: {
      description: 'The rules',
      content: { 'application/json': { schema: z.object({ rules: z.array(ruleSummary) }) } },
    },
    ...problems(400, 401, 404, 429),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/rules/{ruleId}',
  operationId: 'getRule',
  tags: ['rules'],
  summary: "A rule with its facts and parameter schemas and the seed's defaults",
  request: { params: ruleIdParam },
  responses: {
    200: { description: 'The rule', content: { 'application/json': { schema: ruleDetail } } },
    ...problems(401, 404, 429),
  },
});

const evaluateRoute = createRoute({
  method: 'post',
  path: '/rules/{ruleId}/evaluate',
  operationId: 'evaluateRule',
  tags: ['rules'],
  summary: 'Evaluate a rule on facts',
  description: 'Each rule is also documented under its own path with its facts schema.',
  request: {
    params: ruleIdParam,
    body: { content: { 'application/json': { schema: evaluateBody } }, required: true },
  },
  responses: {
    200: {
      description: 'The result',
      content: { 'application/json': { schema: z.object({ result: ruleResult }).openapi('EvaluateResponse') } },
    },
    ...problems(400, 401, 404, 413, 415, 422, 429, 500),
  },
});

/**
 * Where the library's issue paths sit in the request body: option and configuration issues already name
 * their body field, an unknown rule names the path parameter, and the rest are relative to `facts`.
 */
function bodyPrefixOf(code: ErrorCode): readonly string[] | undefined {
  // A missing parameter is set in the configuration (`config.rules…` of the body), not among the facts.
  if (code === 'invalid-options' || code === 'invalid-config' || code === 'not-configured') return [];
  return code === 'unknown-rule' ? undefined : ['facts'];
}

export function rulesRoutes(deps: RouteDeps) {
  /** The evaluation itself, once the request is validated (by either path below). */
  const answer = (c: Context, ruleId: string, { facts, asOf, config }: EvaluateBody) => {
    // The server's configuration is resolved once (deps.evaluator); a request's own, for this request.
    const options =
      config === undefined
        ? deps.evaluator.options(asOf)
        : { ...(asOf !== undefined && { asOf }), config: deps.configFor(config) };
    const outcome = evaluate(ruleId, facts, options);
    if (outcome.ok) return c.json({ result: outcome.result }, 200);
    const { error } = outcome;
    return kefuErrorResponse(c, error, bodyPrefixOf(error.code), refusalZh(ruleId, error, facts));
  };
  /**
   * The usual request (exactly `application/json`, well-formed, valid) checked in one step with the route's
   * own schemas. The generated validators (path, media type, body: async middleware each, async zod parses)
   * cost about a tenth of an evaluation's server time. Any other request (another content type, one with a
   * charset, a body that fails) goes on to them unchanged, so every 400/415 problem comes from the same place
   * as before (the body, once read, is cached for them).
   */
  const fastPath: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.header('content-type') !== 'application/json') return next();
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return next();
    }
    const param = ruleIdParam.safeParse(c.req.param());
    const body = evaluateBody.safeParse(json);
    return param.success && body.success ? answer(c, param.data.ruleId, body.data) : next();
  };

  return routeApp()
    .openapi(listRoute, (c) => {
      const { policy } = c.req.valid('query');
      if (policy === undefined) return c.json({ rules: rules.map(summaryOf) }, 200);
      const code = policy.toUpperCase();
      if (!policies.some((p) => p.code === code)) {
        const body = problemBody(c, { code: 'unknown-policy', detail: `unknown policy ${policy}` });
        return c.json(body, 404, problemHeaders);
      }
      return c.json({ rules: rules.filter((r) => r.policy === code).map(summaryOf) }, 200);
    })
    .openapi(getRoute, (c) => {
      const rule = getRule(c.req.valid('param').ruleId);
      if (!rule) {
        const detail = `unknown rule id ${c.req.valid('param').ruleId}`;
        return c.json(problemBody(c, { code: 'unknown-rule', detail }), 404, problemHeaders);
      }
      const detail = { ...summaryOf(rule), facts: jsonSchemaOf(rule.facts), params: jsonSchemaOf(rule.params) };
      return c.json({ ...detail, defaults: rule.defaults }, 200);
    })
    .openapi({ ...evaluateRoute, middleware: [fastPath] }, (c) =>
      answer(c, c.req.valid('param').ruleId, c.req.valid('json')),
    );
}
