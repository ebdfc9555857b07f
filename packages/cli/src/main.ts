/**
 * Start-up: pick the interactive browser (no arguments on a terminal) or the command line, run it, and turn
 * whatever happened into an exit code. React and Ink are reached only through dynamic `import()`.
 */
import { CommanderError } from 'commander';
import { defaultLang, isLang, makeCtx } from './context.js';
import { CliError, EXIT } from './errors.js';
import { helpLang } from './help.js';
import type { RunState } from './options.js';
import { printJsonError } from './output/json.js';
import { createProgram } from './program.js';

/** chalk (inside Ink) decides on colour when it is first loaded and ignores NO_COLOR, so decide for it. */
function settleColour(argv: readonly string[]): void {
  if (process.env.NO_COLOR || argv.includes('--no-color')) process.env.FORCE_COLOR = '0';
}

/** What `kefu` alone may be given: the language, and the organisation's configuration (its zone and rules). */
interface BrowserArgs {
  readonly lang?: string;
  readonly config?: string;
}

/**
 * `kefu`, `kefu --lang zh`, `kefu --config org-config.json` (any order, `--flag=value` too): nothing but
 * these options opens the browser; anything else is the command line.
 */
function browserArgs(argv: readonly string[]): BrowserArgs | false {
  const found: Record<string, string> = {};
  const rest = argv.filter((a) => a !== '--no-color');
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if ((flag !== '--lang' && flag !== '--config') || found[flag] !== undefined) return false;
    if (inline === undefined) i += 1;
    const value = inline ?? rest[i];
    if (value === undefined) return false;
    found[flag] = value;
  }
  return {
    ...(found['--lang'] !== undefined && { lang: found['--lang'] }),
    ...(found['--config'] !== undefined && { config: found['--config'] }),
  };
}

function report(e: unknown, state: RunState, argv: readonly string[]): number {
  if (e instanceof CommanderError) {
    // Help and --version "fail" with exit code 0; every other parse error is a usage error.
    if (e.exitCode === 0) return EXIT.ok;
    // Commander has written its message to stderr; under --json stdout still gets its one document, since
    // the parse failed before any command could say it prints JSON.
    if (state.json || argv.includes('--json')) {
      const message = e.message.replace(/^error: /, '');
      printJsonError({ code: 'usage', message, issues: [] });
    }
    return EXIT.usage;
  }
  if (e instanceof CliError) {
    if (state.json) printJsonError(e.detail);
    process.stderr.write(`kefu: ${e.message}\n`);
    return e.exitCode;
  }
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`kefu: internal error (please report): ${detail}\n`);
  return EXIT.internal;
}

export async function main(argv: readonly string[]): Promise<number> {
  settleColour(argv);
  const browser = browserArgs(argv);
  const state: RunState = { json: false, exitCode: EXIT.ok };
  if (browser && process.stdin.isTTY && process.stdout.isTTY && (browser.lang === undefined || isLang(browser.lang))) {
    try {
      const { runBrowser } = await import('./interactive/run.js');
      return await runBrowser(makeCtx(browser.lang ?? defaultLang()), browser.config);
    } catch (e) {
      return report(e, state, argv);
    }
  }
  try {
    await createProgram(state, helpLang(argv)).parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (e) {
    return report(e, state, argv);
  }
}
