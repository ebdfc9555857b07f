/**
 * RFC 9457 problem details for every error. The body names a stable `code` (the library's error code, or
 * one of the API's own below) and the offending fields by path; it never carries a stack trace.
 */
import type { ErrorCode, Issue, KefuError } from '@kefu/rules';
import type { Context } from 'hono';
import type { Problem } from './schemas.js';

/** Errors the HTTP layer adds to the library's own codes. */
type ApiErrorCode =
  | 'invalid-json'
  | 'invalid-request'
  | 'unauthorized'
  | 'invalid-token'
  | 'forbidden'
  | 'month-not-ended'
  | 'not-found'
  | 'method-not-allowed'
  | 'misdirected-request'
  | 'request-timeout'
  | 'audit-timeout'
  | 'headers-too-large'
  | 'too-many-requests'
  | 'too-busy'
  | 'unknown-policy'
  | 'payload-too-large'
  | 'unsupported-media-type';

export type ProblemCode = ErrorCode | ApiErrorCode;

export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 408 | 413 | 415 | 421 | 422 | 429 | 431 | 500 | 503;

const catalogue: Readonly<Record<ProblemCode, { readonly status: ProblemStatus; readonly title: string }>> = {
  'invalid-facts': { status: 400, title: 'Invalid facts' },
  'invalid-options': { status: 400, title: 'Invalid options' },
  'invalid-config': { status: 400, title: 'Invalid configuration' },
  'unknown-rule': { status: 404, title: 'Unknown rule' },
  'rule-refused': { status: 422, title: 'Refused by the rule' },
  'calendar-year-unknown': { status: 422, title: 'Calendar year not known' },
  'not-configured': { status: 422, title: 'Not configured' },
  'invalid-state': { status: 422, title: 'State cannot be resumed' },
  internal: { status: 500, title: 'Internal error' },
  'invalid-json': { status: 400, title: 'Malformed JSON' },
  'invalid-request': { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'invalid-token': { status: 401, title: 'Invalid token' },
  forbidden: { status: 403, title: 'Forbidden' },
  'month-not-ended': { status: 422, title: 'Month not over yet' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'request-timeout': { status: 408, title: 'Request timeout' },
  'misdirected-request': { status: 421, title: 'Misdirected request' },
  'audit-timeout': { status: 422, title: 'Audit over its time budget' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  'headers-too-large': { status: 431, title: 'Request headers too large' },
  'too-busy': { status: 503, title: 'Too many audits running' },
  'unknown-policy': { status: 404, title: 'Unknown policy' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
};

/** Every problem code with its status and title, for the documentation. */
export const problemCodes = Object.entries(catalogue).map(([code, { status, title }]) => ({ code, status, title }));

/** The statuses a library error can answer with (see `catalogue`). */
export type KefuStatus = 400 | 404 | 422 | 500;

function kefuStatus(code: ErrorCode): KefuStatus {
  const { status } = catalogue[code];
  return status === 400 || status === 404 || status === 422 ? status : 500;
}

/** RFC 6901 JSON Pointer (as a URI fragment) into the request body. */
function pointerOf(path: readonly (string | number)[]): string {
  return `#${path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

/** Where issue paths sit in the request body; a function decides per issue (undefined: not in the body). */
export type BodyPrefix =
  | readonly (string | number)[]
  | ((path: readonly (string | number)[]) => readonly (string | number)[] | undefined);

/**
 * The issues of a problem. `bodyPrefix` places the library's paths inside the request body (facts paths
 * are relative to `facts`); without it the issues name query or path parameters and get no pointer.
 */
export function bodyIssues(issues: readonly Issue[], bodyPrefix?: BodyPrefix): Problem['issues'] {
  return issues.map((i) => {
    const prefix = typeof bodyPrefix === 'function' ? bodyPrefix(i.path) : bodyPrefix;
    return {
      path: [...i.path],
      ...(prefix && { pointer: pointerOf([...prefix, ...i.path]) }),
      message: i.message,
    };
  });
}

export interface ProblemInput {
  readonly code: ProblemCode;
  readonly detail: string;
  /** The detail in simplified Chinese, where Kefu has it (a rule's refusal). */
  readonly detailZh?: string;
  readonly issues?: Problem['issues'];
}

/** Context key under which a 5xx keeps its real detail for the request log. */
export const internalDetailKey = 'kefuInternalDetail';

export const problemHeaders = { 'Content-Type': 'application/problem+json' } as const;

/** A problem document outside any app (requests the server refuses before the app sees them). */
export function bareProblem(input: ProblemInput, instance: string, requestId: string): Problem {
  const { status, title } = catalogue[input.code];
  return {
    type: `urn:kefu:problem:${input.code}`,
    title,
    status,
    detail: status >= 500 ? 'An internal error occurred; quote the request id when reporting it.' : input.detail,
    ...(status < 500 && input.detailZh !== undefined && { detailZh: input.detailZh }),
    instance,
    code: input.code,
    issues: input.issues ?? [],
    requestId,
  };
}

/**
 * The security headers of a data answer, for answers given below the app (the app's own come from Hono's
 * `secureHeaders`, with the same values).
 */
export const bareSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function problemBody(c: Context, input: ProblemInput): Problem {
  const { status, title } = catalogue[input.code];
  const requestId: unknown = c.get('requestId');
  if (status >= 500) c.set(internalDetailKey, input.detail);
  return {
    type: `urn:kefu:problem:${input.code}`,
    title,
    status,
    // Internal details go to the log under the request id, never to the caller.
    detail: status >= 500 ? 'An internal error occurred; quote the request id when reporting it.' : input.detail,
    ...(status < 500 && input.detailZh !== undefined && { detailZh: input.detailZh }),
    instance: c.req.path,
    code: input.code,
    issues: input.issues ?? [],
    ...(typeof requestId === 'string' && { requestId }),
  };
}

/** A problem response, outside typed route handlers (middleware, error and not-found handlers). */
export function problemResponse(c: Context, input: ProblemInput, headers: Record<string, string> = {}): Response {
  const body = problemBody(c, input);
  return c.json(body, body.status as ProblemStatus, { ...problemHeaders, ...headers });
}

/** A library error as a typed problem response; `bodyPrefix` as for {@link bodyIssues}. */
export function kefuErrorResponse(c: Context, error: KefuError, bodyPrefix?: BodyPrefix, detailZh?: string) {
  const body = problemBody(c, {
    code: error.code,
    detail: error.message,
    ...(detailZh !== undefined && { detailZh }),
    issues: bodyIssues(error.issues, bodyPrefix),
  });
  // One literal status per branch, so the typed client sees each declared response.
  switch (kefuStatus(error.code)) {
    case 400:
      return c.json(body, 400, problemHeaders);
    case 404:
      return c.json(body, 404, problemHeaders);
    case 422:
      return c.json(body, 422, problemHeaders);
    default:
      return c.json(body, 500, problemHeaders);
  }
}
