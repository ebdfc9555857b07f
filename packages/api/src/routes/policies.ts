/** The fourteen policies with their rules, straight from the registry. */
import { createRoute, z } from '@hono/zod-openapi';
import { getPolicy, type PolicyInfo, policies } from '@kefu/rules';
import { routeApp } from '../context.js';
import { problemBody, problemHeaders } from '../problem.js';
import { policyDetail, policySummary, problems } from '../schemas.js';
import { summaryOf } from './rules.js';

function headerOf(policy: PolicyInfo) {
  return {
    code: policy.code,
    title: policy.title,
    seedTitle: policy.seedTitle,
    seedLines: [policy.seedLines[0], policy.seedLines[1]] as [number, number],
  };
}

const listRoute = createRoute({
  method: 'get',
  path: '/policies',
  operationId: 'listPolicies',
  tags: ['policies'],
  summary: 'List the policies',
  responses: {
    200: {
      description: 'The policies in seed order, each with its rule ids',
      content: { 'application/json': { schema: z.object({ policies: z.array(policySummary) }) } },
    },
    ...problems(401, 429),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/policies/{id}',
  operationId: 'getPolicy',
  tags: ['policies'],
  summary: 'A policy with its rules',
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'P01' }) }),
  },
  responses: {
    200: { description: 'The policy', content: { 'application/json': { schema: policyDetail } } },
    ...problems(401, 404, 429),
  },
});

export function policiesRoutes() {
  return routeApp()
    .openapi(listRoute, (c) =>
      c.json({ policies: policies.map((p) => ({ ...headerOf(p), rules: p.rules.map((r) => r.id) })) }, 200),
    )
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid('param');
      const policy = getPolicy(id);
      if (!policy)
        return c.json(problemBody(c, { code: 'unknown-policy', detail: `unknown policy ${id}` }), 404, problemHeaders);
      return c.json({ ...headerOf(policy), rules: policy.rules.map(summaryOf) }, 200);
    });
}
