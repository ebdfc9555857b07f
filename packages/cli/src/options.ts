/** Flags several commands share, defined once so they read the same everywhere. */
import type { Status } from '@kefu/rules';
import { Option } from 'commander';
import { type Ctx, defaultLang, isLang, langs, makeCtx } from './context.js';
import type { Say } from './help.js';

export interface GlobalOptions {
  readonly lang?: string;
  readonly color?: boolean;
}

export function langOption(say: Say): Option {
  return new Option(
    '--lang <lang>',
    say('language of human output (default: KEFU_LANG, else en)', '输出语言（默认：KEFU_LANG，否则 en）'),
  ).choices(langs);
}

export function ctxOf(options: GlobalOptions): Ctx {
  return makeCtx(isLang(options.lang) ? options.lang : defaultLang());
}

type FailOn = 'breach' | 'at-risk';

export function failOnOption(say: Say): Option {
  return new Option(
    '--fail-on <level>',
    say(
      'exit 1 when a result is breached (breach) or breached or at risk (at-risk)',
      '有结果违规（breach）或违规或临近超时（at-risk）时以 1 退出',
    ),
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
export function calendarOption(say: Say): Option {
  return new Option(
    '--calendar <file>',
    say(
      "calendar years added from the State Council's notice, laid over --config (default: KEFU_CALENDAR_FILE)",
      '按国务院通知添加的日历年份，覆盖在 --config 之上（默认：KEFU_CALENDAR_FILE）',
    ),
  );
}
