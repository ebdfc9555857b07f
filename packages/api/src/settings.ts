/**
 * Settings of the app, read from an environment-like record so the same code serves Node (its process
 * environment), Workers (the `env` binding), Bun and Deno. The Node entry adds HOST, PORT and the config file.
 */
import { z } from 'zod';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export const logLevels: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** One structured log line; the app never logs request bodies or tokens. */
export type LogEntry = Readonly<Record<string, unknown>> & { readonly level: Exclude<LogLevel, 'silent'> };
export type Logger = (entry: LogEntry) => void;

export interface ApiOptions {
  /** Bearer tokens accepted on /v1 routes; none (the default) leaves /v1 open. */
  readonly tokens?: readonly string[];
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
}

export const defaultBodyLimit = 10 * 1024 * 1024;

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

const envSchema = z.object({
  KEFU_API_TOKENS: z
    .string()
    .optional()
    .transform((s) => (s === undefined ? [] : list(s))),
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
});

/** Read the app's settings from environment variables; throws one error naming every bad variable. */
export function apiOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): ApiOptions {
  const parsed = envSchema.safeParse({
    KEFU_API_TOKENS: env.KEFU_API_TOKENS,
    KEFU_API_BODY_LIMIT: env.KEFU_API_BODY_LIMIT,
    KEFU_API_CORS_ORIGINS: env.KEFU_API_CORS_ORIGINS,
    KEFU_API_LOG_LEVEL: env.KEFU_API_LOG_LEVEL,
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
  };
}
