/**
 * Start-up: pick the interactive browser (no arguments on a terminal) or the command line, run it, and turn
 * whatever happened into an exit code. React and Ink are reached only through dynamic `import()`.
 */
import { CommanderError } from 'commander';
import { defaultLang, isLang, makeCtx } from './context.js';
import { CliError, EXIT } from './errors.js';
import type { RunState } from './options.js';
import { printJsonError } from './output/json.js';
import { createProgram } from './program.js';

/** chalk (inside Ink) decides on colour when it is first loaded and ignores NO_COLOR, so decide for it. */
function settleColour(argv: readonly string[]): void {
  if (process.env.NO_COLOR || argv.includes('--no-color')) process.env.FORCE_COLOR = '0';
}

/** `kefu` or `kefu --lang zh` alone: nothing but global options. */
function browserLang(argv: readonly string[]): string | undefined | false {
  if (argv.length === 0) return undefined;
  if (argv.length === 1 && argv[0] === '--no-color') return undefined;
  const rest = argv.filter((a) => a !== '--no-color');
  const [flag, value] = rest;
  if (rest.length === 1 && flag?.startsWith('--lang=')) return flag.slice('--lang='.length);
  if (rest.length === 2 && flag === '--lang') return value;
  return false;
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
  const lang = browserLang(argv);
  if (lang !== false && process.stdin.isTTY && process.stdout.isTTY && (lang === undefined || isLang(lang))) {
    const { runBrowser } = await import('./interactive/run.js');
    return runBrowser(makeCtx(lang ?? defaultLang()));
  }
  const state: RunState = { json: false, exitCode: EXIT.ok };
  try {
    await createProgram(state).parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (e) {
    return report(e, state, argv);
  }
}
