/** What every route module shares: the Hono environment, the validation hook, the app's defaults. */

import { type Hook, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { PreparedEvaluator } from '@kefu/rules';
import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { Log } from './log.js';
import { bodyIssues, problemResponse } from './problem.js';

export type AppEnv = {
  Variables: RequestIdVariables & {
    /** The peer address (see client-address.ts). */
    clientAddress: string;
    /** A 5xx's real detail, for the request log only. */
    kefuInternalDetail: string;
    /** The bearer token the request was let in with (set by auth.ts when tokens are configured). */
    bearerToken: string | undefined;
  };
};

export interface RouteDeps {
  /** The organisation configuration used when a request brings none (with the server's calendar file). */
  readonly config: unknown;
  /**
   * The configuration a request runs with: its own, else the server's; either way with the server's
   * calendar file (KEFU_CALENDAR_FILE) laid over it, so a year added there counts for every request.
   */
  readonly configFor: (requestConfig: unknown) => unknown;
  /**
   * The server's configuration, resolved once, for evaluations that bring none: made when the app is made,
   * with its caches off (what a cache would hold grows with what clients send; a long-lived server keeps
   * nothing it cannot bound). It saves resolving the configuration on every request.
   */
  readonly evaluator: PreparedEvaluator;
  /** The organisation file (people, departments) the audit uses when a request brings none. */
  readonly org: unknown;
  /** Largest body in bytes; a streamed audit counts its own as it reads. */
  readonly bodyLimit: number;
  /** How long a streamed audit's body may take to arrive, in ms (0: no limit). */
  readonly requestTimeoutMs: number;
  /** Work time one audit may take, in ms. */
  readonly auditTimeoutMs: number;
  /** Audits that may run at once. */
  readonly maxAudits: number;
  readonly log: Log;
}

/** Schema failures of the request itself (body envelope, query, path) as a 400 problem naming each field. */
export function invalidRequest(c: Context, error: z.ZodError, target: string): Response {
  const issues = error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
  const where = target === 'json' ? 'body' : target;
  const first = issues[0];
  const detail = first ? `${where}: ${first.path.join('.') || '(root)'}: ${first.message}` : `invalid ${where}`;
  return problemResponse(c, {
    code: 'invalid-request',
    detail,
    issues: bodyIssues(issues, target === 'json' ? [] : undefined),
  });
}

const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) =>
  result.success ? undefined : invalidRequest(c, result.error, result.target);

/** A route module's app, with the shared validation hook. */
export function routeApp() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
