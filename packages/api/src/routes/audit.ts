/**
 * POST /v1/audit: an event log in, findings out. NDJSON in (one event per line) streams NDJSON out, one
 * record per line as the audit decides it, then the summary and ledger; a JSON body (small logs) gets one
 * JSON report. The audit itself is @kefu/rules' `streamAudit`/`runAudit`; this file only moves bytes.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  type AuditInput,
  type AuditOptions,
  type FindingStatus,
  findingStatuses,
  validateAuditOptions,
} from '@kefu/rules';
import type { Context } from 'hono';
import type { AuditRunner } from '../audit-runner.js';
import { AuditAborted, slicer } from '../audit-slices.js';
import type { AuditSlots } from '../audit-slots.js';
import { ndjsonStream, stopProblem } from '../audit-stream.js';
import { invalidRequest, type RouteDeps, routeApp } from '../context.js';
import { kefuErrorResponse, problemResponse } from '../problem.js';
import { list, problems, ruleResult, sanction } from '../schemas.js';

const ndjsonTypes = ['application/x-ndjson', 'application/ndjson'] as const;

/** Whether a request's content type is NDJSON (streamed audit). */
export function isNdjson(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return ndjsonTypes.some((t) => t === essence);
}

const options = {
  asOf: z.string().optional().openapi({
    description: 'ISO-8601 instant the audit is made at: decides what is still pending',
    example: '2026-12-01T00:00:00+08:00',
  }),
  maxDelay: z.string().optional().openapi({
    description: 'ISO-8601 duration: how late an event may arrive; lets the audit settle and stream as it reads',
    example: 'P2D',
  }),
  maxFuture: z.string().optional().openapi({
    description:
      'ISO-8601 duration: how far after asOf (or the server clock) a line may be dated before it is rejected as out-of-range. Default PT24H',
    example: 'PT24H',
  }),
};

/** Whole-number options, as numbers in a JSON body and as digits in the query. */
const numberOptions = {
  maxMonths: {
    description: 'Months one audit may span; a line outside is rejected as out-of-range. Default 60 (1–1200)',
    example: 60,
  },
  maxLineBytes: {
    description: 'Longest line in bytes; a longer one is rejected as line-too-long, never held whole. Default 1 MiB',
    example: 1048576,
  },
} as const;

const queryNumber = (name: keyof typeof numberOptions) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'expected a whole number')
    .transform(Number)
    .optional()
    .openapi({ ...numberOptions[name], example: String(numberOptions[name].example) });

const bodyNumber = (name: keyof typeof numberOptions) => z.number().int().optional().openapi(numberOptions[name]);

const statusesText = `Statuses of the findings to hand out (${findingStatuses.join(', ')}); the others are still evaluated, counted in the summary and booked in the ledger. Default: all`;

const rulesText =
  'Rule ids and policy codes to evaluate (e.g. P08, P10.phone-answer); every line is still read and checked. An unknown name is a 400. Default: every rule';

const queryOptions = {
  ...options,
  maxMonths: queryNumber('maxMonths'),
  maxLineBytes: queryNumber('maxLineBytes'),
  rules: z
    .string()
    .optional()
    .openapi({ description: `Comma-separated. ${rulesText}`, example: 'P08,P10.phone-answer' }),
  statuses: z
    .string()
    .optional()
    .openapi({
      description: `Comma-separated. ${statusesText}`,
      example: 'breached,at-risk,pending',
    }),
  // NDJSON only: the JSON report holds the whole ledger anyway.
  streamLedger: z.enum(['true', 'false']).optional().openapi({
    description: 'NDJSON only: hand out each ledger row as a record as soon as its month is settled',
    example: 'true',
  }),
};

const auditJsonBody = z
  .object({
    events: list(z.unknown()).openapi({ description: 'The log: event objects (or NDJSON lines as strings)' }),
    ...options,
    maxMonths: bodyNumber('maxMonths'),
    maxLineBytes: bodyNumber('maxLineBytes'),
    config: z.unknown().optional().openapi({ description: 'Organisation configuration; default: the server’s' }),
    org: z.unknown().optional().openapi({ description: 'Organisation file (people, departments)' }),
    // Checked by the engine (`validateAuditOptions`), which names an unknown status and its index.
    statuses: list(z.string())
      .optional()
      .openapi({ description: statusesText, example: ['breached', 'at-risk'] }),
    rules: list(z.string())
      .optional()
      .openapi({ description: rulesText, example: ['P08', 'P10.phone-answer'] }),
    resumeFrom: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description:
          'The `state` an earlier audit returned (`checkpoint: true`): this audit continues its log — open cases, ' +
          'tallies, open months and carry-overs are taken up, line numbers go on. Refused (422 invalid-state) when ' +
          'from another state version, damaged, or saved with another zone, maxDelay or rules.',
      }),
    checkpoint: z.boolean().optional().openapi({
      description: 'Return `state`: the checkpoint at the end of these events, for the next audit to resume from',
    }),
  })
  .strict()
  .openapi('AuditRequest');

export const finding = z
  .object({
    lines: list(z.number().int()),
    key: z.string().optional(),
    employee: z.string().optional(),
    department: z.string().optional(),
    result: ruleResult,
  })
  .openapi('AuditFinding');

const rejection = z
  .object({
    line: z.number().int(),
    reason: z.string(),
    reasonZh: z.string().optional().openapi({ description: 'The reason in simplified Chinese' }),
    code: z.string().optional(),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        issues: list(z.object({ path: list(z.union([z.string(), z.number()])), message: z.string() })),
      })
      .optional(),
  })
  .openapi('AuditRejection');

const counts = z.record(z.string(), z.number().optional());

const summary = z
  .object({
    lines: z.number().int(),
    evaluated: z.number().int(),
    rejected: z.number().int(),
    findings: z.number().int(),
    byStatus: counts,
    byPolicy: z.record(z.string(), counts),
    asOf: z.string().optional(),
    rejectedBy: counts.optional(),
    unjudged: z.number().int().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    window: z
      .object({
        from: z.string().optional(),
        to: z.string().optional(),
        anchor: z.enum(['asOf', 'now', 'log']),
        maxMonths: z.number().int(),
        maxFuture: z.string(),
      })
      .openapi('AuditWindow', { description: 'The dates accepted; a line outside was rejected as out-of-range' }),
    afterAsOf: z.number().int().optional(),
    warnings: z
      .array(
        z.object({
          code: z.enum(['unknown-id', 'no-org']),
          message: z.string(),
          messageZh: z.string().optional(),
          line: z.number().int().optional(),
          lines: z.number().int().optional(),
        }),
      )
      .optional()
      .openapi({
        description: 'Warnings about the whole audit: no-org (no organisation file: what the ledger leaves out)',
      }),
  })
  .openapi('AuditSummary', { description: 'Always lines = evaluated + rejected' });

const ledgerPart = z
  .object({ month: z.string(), amount: z.number(), clause: z.string() })
  .openapi('LedgerPart', { description: 'A part of a P09 balance and the month it was first owed' });

export const ledgerEntry = z
  .object({
    employee: z.string(),
    department: z.string().optional(),
    month: z.string(),
    fines: z.number(),
    ownFines: z.number(),
    jointFines: z.number(),
    wageDeductions: z.number(),
    bonusDeductions: z.number(),
    carriedOver: z.number(),
    charges: z.number(),
    score: z.number(),
    points: z.number(),
    pointsAdded: z.number(),
    pointsDeducted: z.number(),
    bonusDeductionsFrom: list(ledgerPart),
    carriedOverFrom: list(ledgerPart),
    sanctions: list(sanction),
  })
  .openapi('LedgerEntry');

const auditState = z
  .object({ kefu: z.literal('audit-state'), version: z.number().int(), lines: z.number().int() })
  .catchall(z.unknown())
  .openapi('AuditState', {
    description: 'A checkpoint: send it back as `resumeFrom` to continue the log. Opaque: keep it whole.',
  });

const report = z
  .object({
    summary,
    findings: list(finding),
    rejected: list(rejection),
    ledger: list(ledgerEntry),
    state: auditState.optional(),
  })
  .openapi('AuditReport');

const auditRoute = createRoute({
  method: 'post',
  path: '/audit',
  operationId: 'auditLog',
  tags: ['audit'],
  summary: 'Audit an event log',
  description:
    'Send NDJSON (`Content-Type: application/x-ndjson`, options as query parameters, the server’s configuration ' +
    'and organisation file) to get streamed NDJSON: `{"type":"finding",…}` and `{"type":"rejected",…}` lines as ' +
    'they are decided, then `{"type":"summary","summary":…,"ledger":[…]}`; with `streamLedger=true` the ledger ' +
    'rows come as `{"type":"ledger","entry":…}` lines as their months settle and the summary’s ledger is empty ' +
    '(with `maxDelay`, the server then holds only open cases however long the log). `statuses=breached,at-risk,pending` ' +
    'hands out only those findings (the summary and the ledger still count every one); `rules=P08,P10.phone-answer` ' +
    'evaluates only those rules and policies. Send JSON (`{ events, asOf?, maxDelay?, statuses?, rules?, config?, ' +
    'org? }`) to get one JSON report.',
  request: {
    query: z.object(queryOptions),
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string().openapi({ description: 'One event (JSON object) per line' }) },
        'application/ndjson': { schema: z.string().openapi({ description: 'Same as application/x-ndjson' }) },
        'application/json': { schema: auditJsonBody },
      },
    },
  },
  responses: {
    200: {
      description: 'The report (JSON), or the stream of records (NDJSON)',
      content: {
        'application/json': { schema: report },
        'application/x-ndjson': {
          schema: z.string().openapi({
            description:
              'finding and rejected records (and ledger rows with streamLedger), then the summary, one per line',
          }),
        },
      },
    },
    ...problems(400, 401, 404, 413, 415, 422, 429, 500, 503),
  },
});

/** `breached, at-risk` → its names; the engine checks each one. An empty text is an empty list. */
function commaList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text.trim() === '' ? [] : text.split(',').map((s) => s.trim());
}

function statusList(text: string | undefined): readonly FindingStatus[] | undefined {
  return commaList(text) as FindingStatus[] | undefined;
}

/** JSON items as audit input: objects are events, strings are lines, anything else is a line to reject. */
function asInput(item: unknown): AuditInput {
  return typeof item === 'string' || (typeof item === 'object' && item !== null) ? item : JSON.stringify(item);
}

const auditQuery = z.object(queryOptions).strict();

/**
 * A plain route (documented in the registry by hand): with two body media types and a streamed answer,
 * the generated validator and response types would fit neither, so the handler checks its input itself.
 */
type AuditDeps = RouteDeps & { readonly audits: AuditRunner; readonly slots: AuditSlots };

export function auditRoutes(deps: AuditDeps) {
  const busy = (c: Context) =>
    problemResponse(
      c,
      { code: 'too-busy', detail: `${deps.maxAudits} audits are running (KEFU_API_MAX_AUDITS); try again shortly` },
      { 'Retry-After': '1' },
    );
  const app = routeApp();
  app.openAPIRegistry.registerPath(auditRoute);
  return app.post('/audit', async (c) => {
    const query = auditQuery.safeParse(c.req.query());
    if (!query.success) return invalidRequest(c, query.error, 'query');
    const contentType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (isNdjson(contentType)) {
      const { streamLedger, statuses, rules, ...rest } = query.data;
      const options: AuditOptions = {
        ...rest,
        ...(streamLedger === 'true' && { streamLedger: true }),
        ...(statuses !== undefined && { statuses: statusList(statuses) }),
        ...(rules !== undefined && { rules: commaList(rules) }),
        // The server's clock anchors the window of dates when the request gives no asOf (#13).
        now: new Date().toISOString(),
        config: deps.config,
        org: deps.org,
      };
      const invalid = validateAuditOptions(options);
      if (invalid) return kefuErrorResponse(c, invalid);
      const release = deps.slots.take();
      if (!release) return busy(c);
      return c.body(ndjsonStream(c, deps, c.req.raw.body, options, release), 200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Cache-Control': 'no-store',
      });
    }
    if (contentType !== 'application/json') {
      const detail = `send application/x-ndjson (streamed) or application/json, not ${contentType || 'no content type'}`;
      return problemResponse(c, { code: 'unsupported-media-type', detail });
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return problemResponse(c, { code: 'invalid-json', detail: 'Malformed JSON in request body' });
    }
    const parsed = auditJsonBody.safeParse(raw);
    if (!parsed.success) return invalidRequest(c, parsed.error, 'json');
    const {
      events,
      asOf,
      maxDelay,
      maxFuture,
      maxMonths,
      maxLineBytes,
      config,
      org,
      statuses,
      rules,
      resumeFrom,
      checkpoint,
    } = parsed.data;
    // The body's options first, then the query's, then the server's.
    const options: AuditOptions = {
      asOf: asOf ?? query.data.asOf,
      now: new Date().toISOString(),
      maxDelay: maxDelay ?? query.data.maxDelay,
      maxFuture: maxFuture ?? query.data.maxFuture,
      maxMonths: maxMonths ?? query.data.maxMonths,
      maxLineBytes: maxLineBytes ?? query.data.maxLineBytes,
      statuses: (statuses as readonly FindingStatus[] | undefined) ?? statusList(query.data.statuses),
      rules: rules ?? commaList(query.data.rules),
      config: deps.configFor(config),
      org: org ?? deps.org,
      ...(resumeFrom !== undefined && { resumeFrom }),
      ...(checkpoint === true && { checkpoint: true }),
    };
    const invalid = validateAuditOptions(options);
    // An option the body left out and the query gave is a query parameter: its issues get no pointer.
    const inBody = new Set(Object.keys(parsed.data));
    if (invalid) return kefuErrorResponse(c, invalid, (path) => (inBody.has(String(path[0])) ? [] : undefined));
    const release = deps.slots.take();
    if (!release) return busy(c);
    const slices = slicer({ budgetMs: deps.auditTimeoutMs, signal: c.req.raw.signal });
    try {
      return c.json(await deps.audits.report(events.map(asInput), options, slices, deps.auditTimeoutMs), 200);
    } catch (e) {
      // An abort goes up to the request log, which records it as aborted; nobody reads this answer.
      if (e instanceof AuditAborted) throw e;
      const problem = stopProblem(e);
      if (problem.code === 'internal') throw e;
      return problemResponse(c, problem);
    } finally {
      release();
    }
  });
}
