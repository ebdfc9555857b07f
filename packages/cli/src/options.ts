/** Flags several commands share, defined once so they read the same everywhere. */
import type { Status } from '@kefu/rules';
import { Option } from 'commander';
import { type Ctx, defaultLang, isLang, langs, makeCtx } from './context.js';

export interface GlobalOptions {
  readonly lang?: string;
  readonly color?: boolean;
}

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of human output (default: KEFU_LANG, else en)').choices(langs);
}

export function ctxOf(options: GlobalOptions): Ctx {
  return makeCtx(isLang(options.lang) ? options.lang : defaultLang());
}

type FailOn = 'breach' | 'at-risk';

export function failOnOption(): Option {
  return new Option(
    '--fail-on <level>',
    'exit 1 when a result is breached (breach) or breached or at risk (at-risk)',
  ).choices(['breach', 'at-risk'] satisfies FailOn[]);
}

/** Whether a status trips `--fail-on` (as one result counted by status). */
export function trips(failOn: string | undefined, status: Status | undefined): boolean {
  return status !== undefined && tripsCounts(failOn, { [status]: 1 });
}

/** Whether an audit's counts by status trip `--fail-on`. */
export function tripsCounts(failOn: string | undefined, byStatus: Readonly<Partial<Record<string, number>>>): boolean {
  if (failOn === undefined) return false;
  return (byStatus.breached ?? 0) > 0 || (failOn === 'at-risk' && (byStatus['at-risk'] ?? 0) > 0);
}

/** Commands record here whether they print JSON (so errors are JSON too) and their exit code. */
export interface RunState {
  json: boolean;
  exitCode: number;
}

/** `--calendar <file>`: calendar years added from the State Council's notice (default: KEFU_CALENDAR_FILE). */
export function calendarOption(): Option {
  return new Option(
    '--calendar <file>',
    "calendar years added from the State Council's notice, laid over --config (default: KEFU_CALENDAR_FILE)",
  );
}
