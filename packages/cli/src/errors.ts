/**
 * Exit codes and the one error type commands throw. Every input error names the field it is about, so a
 * user (or a script reading stderr) can fix the right thing.
 */
import type { Issue, KefuError } from '@kefu/rules';

export const EXIT = {
  ok: 0,
  /** `--fail-on` found what it was told to fail on. */
  failOn: 1,
  /** Usage or input error: a bad flag, file, JSON, fact, configuration. */
  usage: 2,
  /** A bug in kefu itself. */
  internal: 3,
  /**
   * The reader closed the output early (`kefu … | head`): what was written is not the whole answer. 141 is
   * what a shell reports for a program killed by SIGPIPE (128 + 13), which Node does not let happen.
   */
  outputClosed: 141,
} as const;

/** An error as printed under `--json`: the engine's `KefuError`, or the same shape with code `usage`. */
export interface ErrorDoc {
  readonly code: KefuError['code'] | 'usage';
  readonly message: string;
  readonly issues: readonly Issue[];
}

export class CliError extends Error {
  readonly exitCode: number;
  readonly detail: ErrorDoc;

  constructor(message: string, options: { exitCode?: number; detail?: ErrorDoc } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? EXIT.usage;
    this.detail = options.detail ?? { code: 'usage', message, issues: [] };
  }
}

/** How an issue path reads on the command line, e.g. `['asOf']` → `--as-of`. */
export type PathLabel = (path: readonly (string | number)[]) => string;

const plainPath: PathLabel = (path) => (path.length === 0 ? '(input)' : path.join('.'));

/**
 * The engine's error as a message: its own line first, then one line per issue naming the field. The
 * engine's `internal` code is a bug, everything else is the input's fault.
 */
export function fromKefuError(error: KefuError, label: PathLabel = plainPath, context?: string): CliError {
  const issues: readonly Issue[] = error.issues;
  const [only] = issues;
  // One issue that the message merely repeats: say it once, naming the field as it was given on the command
  // line (`--as-of: …` rather than the engine's `asOf: …`).
  const lines =
    issues.length === 1 && only && error.message.endsWith(only.message)
      ? [`${label(only.path)}: ${only.message}`]
      : [error.message, ...issues.map((issue) => `  ${label(issue.path)}: ${issue.message}`)];
  if (context) lines[0] = `${context}: ${lines[0]}`;
  return kefuErrorSaid(error, lines.join('\n'));
}

/** The engine's error as `said` (e.g. in Chinese), keeping its exit code and, under `--json`, its own document. */
export function kefuErrorSaid(error: KefuError, said: string): CliError {
  return new CliError(said, { exitCode: error.code === 'internal' ? EXIT.internal : EXIT.usage, detail: error });
}
