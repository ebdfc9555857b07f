/**
 * Settings of the app, read from an environment-like record so the same code serves Node (its process
 * environment), Workers (the `env` binding), Bun and Deno. The Node entry adds HOST, PORT and the config file.
 */
import { z } from 'zod';
import type { AuditRunner } from './audit-runner.js';
import type { MonitorService } from './monitor-access.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** One structured log line; the app never logs request bodies or tokens. */
export type LogEntry = Readonly<Record<string, unknown>> & { readonly level: Exclude<LogLevel, 'silent'> };
export type Logger = (entry: LogEntry) => void;

export interface ApiOptions {
  /** Bearer tokens accepted on /v1 routes; none (the default) leaves /v1 open. Each is checked by `checkTokens`. */
  readonly tokens?: readonly string[];
  /** Failed token attempts a client (address) may make per minute before it gets 429s; default 10. */
  readonly authFailuresPerMinute?: number;
  /**
   * The client's address, for the failed-attempt limit and the request log. Default: the Node socket's
   * remote address when served by @hono/node-server, else `unknown` (every client then shares one limit).
   */
  readonly clientAddress?: (request: Request, env: unknown) => string | undefined;
  /**
   * Host names (without port) the app answers; any other `Host` gets a 421 problem. Unset: any host. The
   * Node entry sets the local names when it listens on loopback without tokens (DNS rebinding).
   */
  readonly allowedHosts?: readonly string[];
  /**
   * How long the body of a streamed audit may take to arrive, in ms (0: no limit); default 600000. Past it
   * the stream ends with a `request-timeout` record. The Node entry also sets its server's own timeout.
   */
  readonly requestTimeoutMs?: number;
  /**
   * Where audits run: by default in this process, in slices of a few milliseconds; the Node entry passes
   * one that runs each audit in a worker thread.
   */
  readonly auditRunner?: AuditRunner;
  /** Audits that may run at once; one more is a 503 with Retry-After. Default 4. */
  readonly maxAudits?: number;
  /** Work time one audit may take, in ms (time spent waiting for the upload or for other requests is not counted); default 120000. */
  readonly auditTimeoutMs?: number;
  /** Largest request body in bytes; default 10 MiB. */
  readonly bodyLimit?: number;
  /** Origins allowed by CORS, or `'*'`; none (the default) sends no CORS headers. */
  readonly corsOrigins?: readonly string[] | '*';
  readonly logLevel?: LogLevel;
  /** Where log lines go; default one JSON line per entry on the console. */
  readonly logger?: Logger;
  /** The organisation configuration used when a request brings none (see `orgConfigSchema`). */
  readonly config?: unknown;
  /** The organisation file (people, departments) the audit uses when a request brings none. */
  readonly org?: unknown;
  /**
   * A calendar file (years added from the State Council's notice, `unknownYears`; see `checkCalendarFile`),
   * laid over the server's configuration and over every configuration a request brings.
   */
  readonly calendar?: unknown;
  /**
   * The live monitor (issue #16) and the organisations it serves: adds POST /v1/events, GET /v1/obligations,
   * /v1/alerts, /v1/alerts/stream, /v1/months/{month} and its close. The organisations' tokens are accepted
   * on /v1 like `tokens`, and each reaches its own organisation's data only.
   */
  readonly monitor?: MonitorService;
}

export const defaultBodyLimit = 10 * 1024 * 1024;
export const defaultRequestTimeoutMs = 600_000;
export const defaultAuditTimeoutMs = 120_000;
export const defaultAuthFailuresPerMinute = 10;
export const defaultMaxAudits = 4;
/** Shorter tokens are refused at start-up: a guessable token is no protection. */
export const minTokenLength = 16;

const units: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `10485760`, `512kb`, `10mb` (binary units) → bytes. */
export function parseByteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b)?\s*$/i.exec(text);
  const factor = units[(match?.[2] ?? '').toLowerCase()];
  if (!match?.[1] || factor === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** RFC 6750's b64token: what a bearer token can be in an Authorization header. */
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Why a token list cannot be used, or undefined when it can. Never quotes a token (the message is logged).
 * An empty list is fine (auth off); a list with an empty, short or unsendable entry is not, so a typo can
 * never turn auth off or leave a token that can never match.
 */
export function tokenListProblem(tokens: readonly string[]): string | undefined {
  for (const [i, token] of tokens.entries()) {
    const which = `token ${i + 1} of ${tokens.length}`;
    if (token.length === 0) return `${which} is empty`;
    if (/\s/.test(token)) return `${which} contains whitespace`;
    if (!b64token.test(token))
      return `${which} has characters a bearer token cannot have (A-Z a-z 0-9 - . _ ~ + / and trailing =)`;
    if (token.length < minTokenLength)
      return `${which} has ${token.length} characters; at least ${minTokenLength} are needed`;
  }
  return undefined;
}

/**
 * `KEFU_API_TOKENS`: unset means no auth; set, it must hold at least one usable token. `","`, `" "` or an
 * empty value (say, an unset shell variable substituted in) refuse to start instead of turning auth off.
 */
const tokensSetting = z
  .string()
  .optional()
  .transform((s, ctx): readonly string[] => {
    if (s === undefined) return [];
    const tokens = s.split(',').map((t) => t.trim());
    if (tokens.every((t) => t === '')) {
      ctx.addIssue({ code: 'custom', message: 'is set but holds no token; unset it to serve without auth' });
      return [];
    }
    const problem = tokenListProblem(tokens);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return tokens;
  });

/** A whole number of milliseconds (or any count) up to `max`, with a default for unset or empty. */
const whole = (fallback: number, max: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return fallback;
      const n = Number(s.trim());
      if (!/^\d+$/.test(s.trim()) || n > max)
        ctx.addIssue({ code: 'custom', message: `expected a whole number up to ${max}` });
      return n;
    });

const envSchema = z.object({
  KEFU_API_TOKENS: tokensSetting,
  KEFU_API_BODY_LIMIT: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined || s.trim() === '') return defaultBodyLimit;
      const bytes = parseByteSize(s);
      if (bytes === undefined)
        ctx.addIssue({ code: 'custom', message: 'expected a size such as 10485760, 512kb, 10mb' });
      return bytes ?? defaultBodyLimit;
    }),
  KEFU_API_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((s): readonly string[] | '*' => (s?.trim() === '*' ? '*' : list(s ?? ''))),
  KEFU_API_LOG_LEVEL: z
    .string()
    .optional()
    .transform((s) => (s === undefined || s === '' ? 'info' : s.toLowerCase()))
    .pipe(z.enum(logLevels)),
  KEFU_API_REQUEST_TIMEOUT_MS: whole(defaultRequestTimeoutMs, 86_400_000),
  KEFU_API_AUDIT_TIMEOUT_MS: whole(defaultAuditTimeoutMs, 86_400_000).refine((n) => n > 0, 'must be more than 0'),
  KEFU_API_AUTH_FAILURES_PER_MINUTE: whole(defaultAuthFailuresPerMinute, 100_000).refine(
    (n) => n > 0,
    'must be more than 0',
  ),
  KEFU_API_MAX_AUDITS: whole(defaultMaxAudits, 1_000).refine((n) => n > 0, 'must be more than 0'),
  KEFU_API_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : list(s).map((h) => h.toLowerCase())))
    .refine((hosts) => hosts === undefined || hosts.every((h) => /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(h)), {
      message: 'expected host names without port or scheme, e.g. kefu.internal,10.0.0.5',
    }),
});

/** Read the app's settings from environment variables; throws one error naming every bad variable. */
export function apiOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): ApiOptions {
  const parsed = envSchema.safeParse({
    KEFU_API_TOKENS: env.KEFU_API_TOKENS,
    KEFU_API_BODY_LIMIT: env.KEFU_API_BODY_LIMIT,
    KEFU_API_CORS_ORIGINS: env.KEFU_API_CORS_ORIGINS,
    KEFU_API_LOG_LEVEL: env.KEFU_API_LOG_LEVEL,
    KEFU_API_REQUEST_TIMEOUT_MS: env.KEFU_API_REQUEST_TIMEOUT_MS,
    KEFU_API_AUDIT_TIMEOUT_MS: env.KEFU_API_AUDIT_TIMEOUT_MS,
    KEFU_API_AUTH_FAILURES_PER_MINUTE: env.KEFU_API_AUTH_FAILURES_PER_MINUTE,
    KEFU_API_MAX_AUDITS: env.KEFU_API_MAX_AUDITS,
    KEFU_API_ALLOWED_HOSTS: env.KEFU_API_ALLOWED_HOSTS,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid settings: ${lines.join('; ')}`);
  }
  const s = parsed.data;
  return {
    tokens: s.KEFU_API_TOKENS,
    bodyLimit: s.KEFU_API_BODY_LIMIT,
    corsOrigins: s.KEFU_API_CORS_ORIGINS,
    logLevel: s.KEFU_API_LOG_LEVEL,
    requestTimeoutMs: s.KEFU_API_REQUEST_TIMEOUT_MS,
    auditTimeoutMs: s.KEFU_API_AUDIT_TIMEOUT_MS,
    authFailuresPerMinute: s.KEFU_API_AUTH_FAILURES_PER_MINUTE,
    maxAudits: s.KEFU_API_MAX_AUDITS,
    ...(s.KEFU_API_ALLOWED_HOSTS !== undefined && { allowedHosts: s.KEFU_API_ALLOWED_HOSTS }),
  };
}
