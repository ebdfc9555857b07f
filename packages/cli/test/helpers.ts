/** Running the built `kefu` binary the way a user or a script would: no terminal, exit code and both streams. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function kefu(
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[] } = {},
): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // The tests check plain, uncoloured output, in English, 80 columns wide, unless they say otherwise.
  for (const name of ['FORCE_COLOR', 'KEFU_LANG', 'COLUMNS'] as const) {
    delete env[name];
    if (options.env?.[name] !== undefined) env[name] = options.env[name];
  }
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
