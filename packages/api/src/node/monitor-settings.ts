/**
 * The live monitor's settings in the Node server (issue #16), from the environment. Any bad value refuses
 * to start with one line naming the variable; nothing set gives the embedded store in ./.kefu-data and
 * one default organisation.
 */
import { z } from 'zod';

export interface MonitorSettings {
  /**
   * `KEFU_MONITOR=off`: no store is opened and the monitor's routes are absent (a stateless API: the rules,
   * the audit, the calendar). Default on.
   */
  readonly enabled: boolean;
  /** PGlite's data directory (the embedded default); unused when `databaseUrl` is set. */
  readonly dataDir: string;
  /** A PostgreSQL server shared by every API process (`DATABASE_URL`). */
  readonly databaseUrl?: string;
  /** The organisations file (`KEFU_MONITOR_ORGS`); unset: one `default` organisation. */
  readonly orgsFile?: string;
  /** How often the timer loop and the alert streams look at the store, in ms (at most 1000). */
  readonly tickMs: number;
  /** Alert streams that may be open at once. */
  readonly maxStreams: number;
  /**
   * Test-only: milliseconds added to the wall clock for the monitor (ingestion's `now`, timers), so a test
   * can reach a due instant without waiting for it. It moves nothing else (tokens, timeouts, logs).
   */
  readonly clockOffsetMs: number;
}

const defaultDataDir = './.kefu-data';
const defaultTickMs = 250;

const whole = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      const text = s?.trim() ?? '';
      if (text === '') return fallback;
      const n = Number(text);
      if (!/^-?\d+$/.test(text) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}` });
      }
      return n;
    });

const nonEmpty = (what: string) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined;
      if (s.trim() === '') ctx.addIssue({ code: 'custom', message: `is set but empty; unset it or give ${what}` });
      return s.trim();
    });

const envSchema = z.object({
  KEFU_MONITOR: z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? 'on' : s.trim().toLowerCase()))
    .pipe(z.enum(['on', 'off'], { message: 'expected on or off' })),
  KEFU_DATA_DIR: nonEmpty('a directory').transform((s) => s ?? defaultDataDir),
  DATABASE_URL: nonEmpty('a postgres:// URL').refine(
    (s) => s === undefined || /^postgres(ql)?:\/\//.test(s),
    'expected a postgres:// or postgresql:// URL',
  ),
  KEFU_MONITOR_ORGS: nonEmpty('the path of the organisations file'),
  KEFU_MONITOR_TICK_MS: whole(defaultTickMs, 10, 1000),
  KEFU_MONITOR_MAX_STREAMS: whole(100, 1, 100_000),
  KEFU_MONITOR_CLOCK_OFFSET_MS: whole(0, -1e13, 1e13),
});

/** Read the monitor's settings; throws one error naming every bad variable (never quoting DATABASE_URL). */
export function monitorSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): MonitorSettings {
  const parsed = envSchema.safeParse({
    KEFU_MONITOR: env.KEFU_MONITOR,
    KEFU_DATA_DIR: env.KEFU_DATA_DIR,
    DATABASE_URL: env.DATABASE_URL,
    KEFU_MONITOR_ORGS: env.KEFU_MONITOR_ORGS,
    KEFU_MONITOR_TICK_MS: env.KEFU_MONITOR_TICK_MS,
    KEFU_MONITOR_MAX_STREAMS: env.KEFU_MONITOR_MAX_STREAMS,
    KEFU_MONITOR_CLOCK_OFFSET_MS: env.KEFU_MONITOR_CLOCK_OFFSET_MS,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid settings: ${lines.join('; ')}`);
  }
  const s = parsed.data;
  return {
    enabled: s.KEFU_MONITOR === 'on',
    dataDir: s.KEFU_DATA_DIR,
    ...(s.DATABASE_URL !== undefined && { databaseUrl: s.DATABASE_URL }),
    ...(s.KEFU_MONITOR_ORGS !== undefined && { orgsFile: s.KEFU_MONITOR_ORGS }),
    tickMs: s.KEFU_MONITOR_TICK_MS,
    maxStreams: s.KEFU_MONITOR_MAX_STREAMS,
    clockOffsetMs: s.KEFU_MONITOR_CLOCK_OFFSET_MS,
  };
}
