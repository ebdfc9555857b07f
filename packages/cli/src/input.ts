/** Reading what the user hands in: inline JSON, `@file`, `-` for stdin, and JSON files. */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function readPath(path: string, flag: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    throw new CliError(`${flag}: cannot read ${path} (${reason})`);
  }
}

/** A file argument: a path, or `-` for stdin. */
function readFileArg(path: string, flag: string): Promise<string> {
  return path === '-' ? readStdin() : readPath(path, flag);
}

/** A value that is inline text, `@path` for a file, or `-` for stdin. */
export function readInlineOrFile(value: string, flag: string): Promise<string> {
  if (value === '-') return readStdin();
  if (value.startsWith('@')) return readPath(value.slice(1), flag);
  return Promise.resolve(value);
}

/** Strip a UTF-8 byte-order mark (Windows editors add one) before parsing. */
export function parseJson(text: string, flag: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError(`${flag}: not valid JSON (${reason})`);
  }
}

export async function readJsonFile(path: string, flag: string): Promise<unknown> {
  return parseJson(await readFileArg(path, flag), `${flag} ${path}`);
}

/**
 * `--config <file>` is optional everywhere; its contents are validated by the rule engine. A calendar file
 * (`--calendar <file>`, else `KEFU_CALENDAR_FILE`: years added from the State Council's notice) is laid
 * over the configuration's `calendar` section.
 */
export async function readConfig(
  path: string | undefined,
  calendarPath: string | undefined = process.env.KEFU_CALENDAR_FILE || undefined,
  flag = '--config',
): Promise<unknown> {
  const config = path === undefined ? undefined : await readJsonFile(path, flag);
  if (calendarPath === undefined) return config;
  const { withCalendarFile } = await import('@kefu/rules');
  return withCalendarFile(config, await readJsonFile(calendarPath, '--calendar'));
}

/**
 * `--as-of` as an instant: a date alone (`2026-05-01`) is the end of that day in the organisation's zone,
 * and is said so on stderr, since a date is easy to mean as the day's start.
 */
export async function asOfInstant(
  asOf: string | undefined,
  config: unknown,
  lang: 'en' | 'zh' = 'en',
): Promise<string | undefined> {
  if (asOf === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const { endOfDate } = await import('@kefu/rules');
  const end = endOfDate(asOf, config === undefined ? {} : { config });
  if (!end.ok) throw new CliError(`--as-of: ${end.error.issues[0]?.message ?? end.error.message}`);
  process.stderr.write(
    lang === 'zh'
      ? `kefu：--as-of ${asOf} 按当天结束时刻 ${end.result} 计\n`
      : `kefu: --as-of ${asOf} is read as ${end.result}, the end of that day\n`,
  );
  return end.result;
}
