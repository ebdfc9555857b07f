/** Running the built `kefu` binary the way a user or a script would: no terminal, exit code and both streams. */
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment a spawned `kefu` gets: plain, uncoloured output, in English, 80 columns wide, unless given. */
function spawnEnv(given: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...given };
  for (const name of ['FORCE_COLOR', 'KEFU_LANG', 'COLUMNS'] as const) {
    delete env[name];
    if (given?.[name] !== undefined) env[name] = given[name];
  }
  return env;
}

/**
 * `kefu` spawned without blocking the test, so that several processes a test needs run side by side (on
 * two cores, two at once). No stdin.
 */
export function kefuSpawned(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: spawnEnv(options.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        if (status === null) reject(error);
        else resolve({ status, stdout, stderr });
      },
    );
  });
}

export function kefu(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[] } = {},
): Run {
  const env = spawnEnv(options.env);
  const child = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    // The example office's --json documents run to several MB (Node's default cuts at 1 MB).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Parses stdout as exactly one JSON document (JSON.parse rejects anything after it). */
export function json(run: Run): unknown {
  return JSON.parse(run.stdout);
}

const ESC = String.fromCharCode(27);
const SGR = new RegExp(`${ESC}\\[([0-9;]*)m`, 'g');

/** Whether text carries ANSI colour or style codes (a bare reset does not count). */
export function hasColour(text: string): boolean {
  return [...text.matchAll(SGR)].some((m) => m[1] !== '' && m[1] !== '0');
}

/** A file of the committed example office (examples/property-office). */
export function office(name: string): string {
  return fileURLToPath(new URL(`../../../examples/property-office/${name}`, import.meta.url));
}

/** `kefu audit` of the example office as `pnpm demo` runs it: the log, its organisation file and configuration. */
export const auditOffice: readonly string[] = [
  'audit',
  office('events.ndjson'),
  '--org',
  office('org.json'),
  '--config',
  office('config.json'),
  '--as-of',
  '2026-05-01T00:00:00+08:00',
];

type Main = (argv: readonly string[]) => Promise<number>;
type Write = typeof process.stdout.write;

/** Environment variables that decide language, width and colour: cleared for each run unless given. */
const DECIDING = ['FORCE_COLOR', 'NO_COLOR', 'KEFU_LANG', 'COLUMNS'] as const;

/**
 * `kefu` run in this process: the built `main` (dist/main.js, the function dist/bin.js calls), with stdout and
 * stderr captured, the environment as `kefu()` gives it, and its exit code the number `main` returns, which
 * is what bin.js sets as the process's. For the tests that check what a command prints and returns; a
 * spawned `kefu()` stays where the process boundary is the point (stdin, pipes, signals, colour chosen as
 * the process starts, modules a process loads). It saves a Node start and a load of the CLI per run (the
 * CLI suite spawned `kefu` about 95 times, #17 "pnpm test under 2 minutes"). No stdin: the command must
 * not read it.
 */
export function kefuIn(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  // One run at a time, even when a test timed out and left its run going: a run patches process-wide
  // stdout, stderr and environment, so the next waits for it to restore them.
  const run = lastRun.then(() => runInProcess(args, options));
  lastRun = run.catch(() => undefined);
  return run;
}

/** The run in progress, or the last one (see `kefuIn`): the only state this helper keeps. */
let lastRun: Promise<unknown> = Promise.resolve();

/** The built `main`, loaded once per worker (test/setup.ts loads it before any test's time starts). */
export async function loadMain(): Promise<Main> {
  const { main } = (await import(new URL('../dist/main.js', import.meta.url).href)) as { main: Main };
  return main;
}

async function runInProcess(args: readonly string[], options: { env?: NodeJS.ProcessEnv }): Promise<Run> {
  const main = await loadMain();
  const names = [...DECIDING, ...Object.keys(options.env ?? {})];
  const savedEnv = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of DECIDING) delete process.env[name];
  Object.assign(process.env, options.env);
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]): Write =>
    ((chunk: string | Uint8Array, encoding?: unknown, callback?: unknown) => {
      into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') queueMicrotask(() => done());
      return true;
    }) as Write;
  const { write: stdoutWrite } = process.stdout;
  const { write: stderrWrite } = process.stderr;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  try {
    const status = await main(args);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
