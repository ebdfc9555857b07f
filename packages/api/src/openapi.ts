/**
 * The OpenAPI 3.1 document: the routes as @hono/zod-openapi generates them from their zod schemas, plus
 * one documented path per rule whose request body is that rule's own facts schema (from the same zod
 * schema the rule validates with), so a client or the /docs page sees exactly what each rule accepts.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { eventSchema, orgConfigSchema, orgFileSchema, policies, type RuleInfo, rules } from '@kefu/rules';
import type { AppEnv } from './context.js';
import { embeddable, type JsonSchema, jsonSchemaOf } from './json-schema.js';
import { problemCodes } from './problem.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function ruleOperation(rule: RuleInfo, responses: unknown): Json {
  const [first, last] = rule.seedLines;
  return {
    tags: [rule.policy],
    summary: `${rule.id}: ${rule.title.en}`,
    description:
      `${rule.title.zh}. Clause ${rule.clause}, seed lines ${first}–${last}; a ${rule.kind} rule. ` +
      `Parameters (overridable in config.rules["${rule.id}"]): schema ${rule.id}.params, defaults ` +
      `${JSON.stringify(rule.defaults)}.`,
    operationId: `evaluate:${rule.id}`,
    'x-kefu-rule': rule.id,
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              facts: ref(`${rule.id}.facts`),
              asOf: { type: 'string', format: 'date-time', description: 'ISO-8601 instant the evaluation is made at' },
              config: ref('OrgConfig'),
            },
            required: ['facts'],
            additionalProperties: false,
          },
        },
      },
    },
    responses,
  };
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Apply the bearer scheme (#17: it was defined but never applied): every /v1 operation names it, as
 * required when the server has tokens and as optional (`{}`: no credentials also accepted) when it has none;
 * the service routes say they need nothing (`[]`).
 */
function secure(paths: Json, secured: boolean): Json {
  const v1 = secured ? [{ bearer: [] }] : [{ bearer: [] }, {}];
  const out: Json = {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) {
      out[path] = item;
      continue;
    }
    const security = path.startsWith('/v1/') ? v1 : [];
    out[path] = Object.fromEntries(
      Object.entries(item).map(([method, op]) => [method, isRecord(op) ? { ...op, security } : op]),
    );
  }
  return out;
}

/** Replace properties of a generated component schema. */
function refine(schemas: Record<string, unknown>, name: string, properties: Json): void {
  const schema = schemas[name];
  if (isRecord(schema) && isRecord(schema.properties)) {
    schemas[name] = { ...schema, properties: { ...schema.properties, ...properties } };
  }
}

export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>, secured: boolean): Json {
  const base = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Kefu API',
      version: '0.1.0',
      description:
        'The fourteen customer-service policies of @kefu/rules over HTTP. Errors are RFC 9457 problem ' +
        `details; their codes: ${problemCodes.map((p) => `${p.code} (${p.status})`).join(', ')}.`,
    },
    tags: [
      { name: 'service' },
      { name: 'policies' },
      { name: 'rules' },
      { name: 'calendar' },
      { name: 'audit' },
      { name: 'monitor', description: 'The live monitor: events in, open obligations, alerts and months out (#16)' },
      ...policies.map((p) => ({
        name: p.code,
        description: `${p.title.en} (${p.title.zh}); one operation per rule, shown on /docs?policy=${p.code}`,
      })),
    ],
  });
  const generic = base.paths?.['/v1/rules/{ruleId}/evaluate']?.post;
  const schemas: Record<string, unknown> = { ...base.components?.schemas };
  schemas.OrgConfig = embeddable(jsonSchemaOf(orgConfigSchema), 'OrgConfig');
  schemas.OrgFile = embeddable(jsonSchemaOf(orgFileSchema), 'OrgFile');
  schemas.AuditEvent = embeddable(jsonSchemaOf(eventSchema), 'AuditEvent');
  // The request envelopes take these as `unknown` (the library validates them, naming each field); the
  // document shows their real schemas.
  refine(schemas, 'EvaluateRequest', { config: ref('OrgConfig') });
  refine(schemas, 'AuditRequest', {
    config: ref('OrgConfig'),
    org: ref('OrgFile'),
    events: { type: 'array', items: { anyOf: [ref('AuditEvent'), { type: 'string' }] } },
  });
  const rulePaths: Json = {};
  for (const rule of rules) {
    const facts: JsonSchema = jsonSchemaOf(rule.facts);
    schemas[`${rule.id}.facts`] = embeddable(facts, `${rule.id}.facts`);
    schemas[`${rule.id}.params`] = embeddable(jsonSchemaOf(rule.params), `${rule.id}.params`);
    rulePaths[`/v1/rules/${rule.id}/evaluate`] = { post: ruleOperation(rule, generic?.responses) };
  }
  const paths: Json = { ...base.paths, ...rulePaths };
  return {
    ...base,
    'x-kefu-problems': problemCodes,
    paths: secure(paths, secured),
    components: {
      ...base.components,
      schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: secured
            ? 'One of the server’s KEFU_API_TOKENS: required on every /v1 route.'
            : 'This server has no tokens (KEFU_API_TOKENS unset): /v1 is open, a token is ignored.',
        },
      },
    },
  };
}

/**
 * The document as the /docs page shows it: every operation but the one-per-rule evaluations, or those of
 * one policy (`P08`). Swagger UI stops rendering part way through a document with all 176 of them (its
 * page then lacked the audit and the calendar); /openapi.json itself stays whole for clients and generators.
 */
export function docsView(document: Json, policy: string | undefined): Json {
  const code = policy?.toUpperCase();
  const paths: Json = {};
  for (const [path, item] of Object.entries(isRecord(document.paths) ? document.paths : {})) {
    const perRule = /^\/v1\/rules\/(P\d\d)\.[^/]+\/evaluate$/.exec(path);
    if (perRule === null || perRule[1] === code) paths[path] = item;
  }
  return { ...document, paths };
}
