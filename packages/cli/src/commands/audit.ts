/**
 * `kefu audit <file|->`: stream an event log (NDJSON) through the audit engine of @kefu/rules. The file is
 * read as a stream (`createReadStream` → `splitLines` → `streamAudit`) and findings are written as they come
 * (JSON, CSV), so memory stays flat on large logs. `--compare` audits the log a second time under another
 * configuration and reports what changes (`compareAudits`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuditLines, AuditOptions, AuditReport, Finding, Rejection } from '@kefu/rules';
import { Command, Option } from 'commander';
import { CliError, EXIT, fromKefuError, type PathLabel } from '../errors.js';
import { asOfInstant, readConfig, readJsonFile } from '../input.js';
import { calendarOption, ctxOf, failOnOption, type GlobalOptions, type RunState, tripsCounts } from '../options.js';
import {
  type Comparison,
  collecting,
  csvSink,
  jsonSink,
  ndjsonSink,
  type Tail,
  textSink,
} from '../output/audit-sinks.js';
import { exportersOf } from '../output/export-targets.js';
import { withExports } from '../output/exports.js';
import { noProgress, type Progress, type ProgressStats, textProgress } from '../output/progress.js';
import { directoryOf } from '../view/directory.js';

interface AuditCommandOptions extends GlobalOptions {
  readonly org?: string;
  readonly lenientIds?: boolean;
  readonly config?: string;
  readonly calendar?: string;
  readonly compare?: string;
  readonly asOf?: string;
  readonly maxDelay?: string;
  readonly maxFuture?: string;
  readonly maxMonths?: number;
  readonly maxLineBytes?: number;
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly ndjson?: boolean;
  readonly failOn?: string;
  readonly status?: readonly string[];
  readonly rules?: readonly string[];
  readonly progress?: boolean;
  readonly csvLedger?: string;
  readonly xlsx?: string;
  readonly html?: string;
}

const FLAGS: Readonly<Record<string, string>> = {
  asOf: '--as-of',
  config: '--config',
  org: '--org',
  lenientIds: '--lenient-ids',
  maxDelay: '--max-delay',
  maxFuture: '--max-future',
  maxMonths: '--max-months',
  maxLineBytes: '--max-line-bytes',
  now: 'the clock',
  statuses: '--status',
  rules: '--rules',
};

/** The engine's option errors name `asOf`, `config.…`, `org.…`: say which flag (and which field) that was. */
function optionLabel(configFlag: string): PathLabel {
  return (path) => {
    const [root, ...rest] = path;
    const flag = root === 'config' ? configFlag : FLAGS[String(root)];
    return flag ? `${flag} ${rest.join('.')}`.trim() : path.join('.');
  };
}

async function inputSize(file: string): Promise<number | undefined> {
  if (file === '-') return undefined;
  try {
    const info = await stat(file);
    if (info.isFile()) return info.size;
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    throw new CliError(`<file>: cannot read ${file} (${code})`);
  }
  throw new CliError(`<file>: ${file} is not a file`);
}

interface Counter {
  bytes: number;
  lines: number;
}

const LF = 0x0a;

/**
 * The log's chunks, counted for the progress bar (bytes, and lines by their line feeds) as they are read;
 * `keep` collects them when the log must be read again (stdin, for --compare). Counting chunks rather than
 * wrapping each line keeps `splitLines`' iterator as the audit's input, which it reads a chunk at a time
 * (one await per chunk, not per line).
 */
async function* countChunks(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  counter: Counter,
  keep: (Buffer | string)[] | undefined,
): AsyncGenerator<Buffer | string> {
  let last = LF;
  for await (const chunk of chunks) {
    counter.bytes += chunk.length;
    if (typeof chunk === 'string') {
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) counter.lines += 1;
      if (chunk.length > 0) last = chunk.charCodeAt(chunk.length - 1);
    } else {
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) counter.lines += 1;
      if (chunk.length > 0) last = chunk[chunk.length - 1] ?? LF;
    }
    keep?.push(chunk);
    yield chunk;
  }
  // A last line without a line feed.
  if (last !== LF) counter.lines += 1;
}

type Engine = typeof import('@kefu/rules');

/** The log's lines, counted for the progress bar; `keep` collects its chunks when it must be read again. */
function openLines(
  engine: Engine,
  source: string | readonly (Buffer | string)[],
  counter: Counter,
  keep?: (Buffer | string)[],
): AuditLines {
  const chunks = typeof source !== 'string' ? source : source === '-' ? process.stdin : createReadStream(source);
  return engine.splitLines(countChunks(chunks, counter, keep));
}

async function startProgress(options: AuditCommandOptions, first: ProgressStats): Promise<Progress> {
  if (options.progress === false || process.stderr.isTTY !== true) return noProgress;
  if (options.json || options.csv || options.ndjson) return textProgress();
  const { inkProgress } = await import('../output/progress-ink.js');
  return inkProgress(first);
}

async function readOptions(
  { validateAuditOptions }: Engine,
  options: AuditCommandOptions,
): Promise<{ audit: AuditOptions; compare: unknown }> {
  const config = await readConfig(options.config, options.calendar);
  const org = options.org === undefined ? undefined : await readJsonFile(options.org, '--org');
  // Without an organisation file no id is checked: a lenient check of nothing is a misunderstanding.
  if (options.lenientIds === true && org === undefined)
    throw new CliError('--lenient-ids: needs --org (without an organisation file no id is checked)');
  const asOf = await asOfInstant(options.asOf, config);
  const audit: AuditOptions = {
    ...(asOf !== undefined && { asOf }),
    // The wall clock anchors the window of dates when --as-of is not given (the library never reads it):
    // a line dated more than --max-future after now is rejected as out-of-range.
    now: new Date().toISOString(),
    ...(options.maxFuture !== undefined && { maxFuture: options.maxFuture }),
    ...(options.maxMonths !== undefined && { maxMonths: options.maxMonths }),
    ...(options.maxLineBytes !== undefined && { maxLineBytes: options.maxLineBytes }),
    ...(config !== undefined && { config }),
    ...(org !== undefined && { org }),
    ...(options.lenientIds === true && { lenientIds: true }),
    ...(options.maxDelay !== undefined && { maxDelay: options.maxDelay }),
    // --ndjson writes the ledger rows as their months settle instead of holding them for the end.
    ...(options.ndjson === true && { streamLedger: true }),
    // Checked by the engine like every other option (an unknown status is named in the error).
    ...(options.status !== undefined && { statuses: options.status as AuditOptions['statuses'] }),
    // Likewise an unknown rule id or policy code.
    ...(options.rules !== undefined && { rules: options.rules }),
  };
  const invalid = validateAuditOptions(audit);
  if (invalid) throw fromKefuError(invalid, optionLabel('--config'));
  if (options.compare === undefined) return { audit, compare: undefined };
  const compare = await readConfig(options.compare, options.calendar, '--compare');
  const bad = validateAuditOptions({ ...audit, config: compare });
  if (bad) throw fromKefuError(bad, optionLabel('--compare'));
  return { audit, compare };
}

async function run(file: string, options: AuditCommandOptions, state: RunState): Promise<void> {
  state.json = options.json === true;
  if (options.compare && options.csv)
    throw new CliError('--compare, --csv: the comparison has no CSV form; use --json');
  if (options.compare && options.ndjson)
    throw new CliError('--compare, --ndjson: the comparison needs both runs whole; use --json');
  if (options.compare && options.status)
    throw new CliError('--compare, --status: the comparison needs every finding of both runs');
  const ctx = ctxOf(options);
  const size = await inputSize(file);
  const engine = await import('@kefu/rules');
  const { audit, compare } = await readOptions(engine, options);
  const comparing = options.compare !== undefined;

  const counter: Counter = { bytes: 0, lines: 0 };
  const started = Date.now();
  let findings = 0;
  let rejected = 0;
  // A comparison reads the log twice; the bar covers both readings.
  const totalBytes = size === undefined ? undefined : comparing ? size * 2 : size;
  const stats = (): ProgressStats => ({
    bytes: counter.bytes,
    ...(totalBytes !== undefined && { totalBytes }),
    lines: counter.lines,
    findings,
    rejected,
    elapsedMs: Date.now() - started,
  });

  const before: { findings: Finding[]; rejected: Rejection[] } = { findings: [], rejected: [] };
  // The organisation file's names, shown beside the ledger's ids.
  const dir = directoryOf(audit.org);
  const source = file === '-' ? 'stdin' : file;
  const base = options.json
    ? jsonSink()
    : options.ndjson
      ? ndjsonSink()
      : options.csv
        ? csvSink(ctx.lang)
        : textSink(ctx, source, audit.statuses, dir);
  const exporters = await exportersOf(options, ctx.lang, dir, source);
  const sink = withExports(comparing ? collecting(base, before) : base, exporters);
  // stdin cannot be read twice: keep its chunks for the second run.
  const kept: (Buffer | string)[] | undefined = comparing && file === '-' ? [] : undefined;
  const progress = await startProgress(options, stats());
  let tail: Tail | undefined;
  let comparison: Comparison | undefined;
  try {
    const records = engine.streamAudit(openLines(engine, file, counter, kept), audit);
    for (;;) {
      const next = await records.next();
      if (next.done) {
        tail = next.value;
        break;
      }
      const record = next.value;
      if (record.type === 'finding') {
        findings += 1;
        await sink.finding(record.finding);
      } else if (record.type === 'rejected') {
        rejected += 1;
        await sink.rejected(record.rejected);
      } else if (record.type === 'warning') {
        await sink.warning?.(record.warning);
      } else {
        await sink.ledger?.(record.entry);
      }
      progress.update(stats());
    }
    if (comparing) {
      const first: AuditReport = { ...tail, ...before };
      const again = openLines(engine, kept ?? file, counter);
      const after = await engine.runAudit(again, { ...audit, config: compare });
      comparison = { config: options.compare ?? '', summary: after.summary, diff: engine.compareAudits(first, after) };
    }
  } finally {
    await progress.stop(stats());
  }
  await sink.end(tail, comparison);
  // From the summary's counts, which --status does not filter.
  if (tail !== undefined && tripsCounts(options.failOn, tail.summary.byStatus)) state.exitCode = EXIT.failOn;
  // A log of which no line could be read is an input error, not a clean audit (#15): say so and exit 2.
  if (tail !== undefined && tail.summary.evaluated === 0) {
    process.stderr.write(
      `kefu: nothing was evaluated: ${tail.summary.lines === 0 ? 'the log is empty' : `all ${tail.summary.lines} lines were rejected`}\n`,
    );
    state.exitCode = EXIT.usage;
  }
}

/** `a, b` → `['a', 'b']`; the engine checks the names (an empty one included). */
const commaList = (value: string): string[] => value.split(',').map((s) => s.trim());

export function auditCommand(state: RunState): Command {
  return new Command('audit')
    .description('audit an event log (NDJSON, one event per line): findings, rejected lines, summary, ledger')
    .argument('<file|->', 'the event log, or - for stdin')
    .option('--org <file>', 'the organisation file (people, departments) as JSON')
    .option(
      '--lenient-ids',
      'with --org, read a line naming a person or department the file does not know as given, with a warning, instead of rejecting it as unknown-id',
    )
    .option('--config <file>', "the organisation's rule configuration (JSON)")
    .addOption(calendarOption())
    .option('--compare <config>', 'audit again under this configuration and show what changes')
    .option(
      '--as-of <iso>',
      "the instant the audit is made at (decides what is still pending; a date alone is the end of that day; default: the log's latest event)",
    )
    .option('--max-delay <duration>', 'how far out of time order the log may be (ISO-8601 duration, e.g. PT1H)')
    .option(
      '--max-future <duration>',
      'how far after --as-of (else now) a line may be dated; a later one is rejected as out-of-range (ISO-8601 duration up to P366D; default PT24H)',
    )
    .option(
      '--max-months <n>',
      "the months an audit may span, ending with --as-of's month (else now's); an earlier line is rejected as out-of-range (1–1200; default 60)",
      Number,
    )
    .option(
      '--max-line-bytes <n>',
      'the longest line read, in bytes; a longer one is rejected as line-too-long, skipped unread (1024–268435456; default 1048576, 1 MiB)',
      Number,
    )
    .addOption(
      new Option('--json', 'print { findings, rejected, summary, ledger } as one JSON document').conflicts('csv'),
    )
    .addOption(new Option('--csv', 'print the findings as CSV (UTF-8 with BOM, for Excel)').conflicts('ndjson'))
    .addOption(
      new Option(
        '--ndjson',
        'print one JSON record per line as decided (findings, rejected lines, ledger rows as months settle), then the summary; with --max-delay memory stays flat',
      ).conflicts('json'),
    )
    .addOption(failOnOption())
    .option(
      '--status <list>',
      'print only findings of these statuses (comma-separated: met, breached, pending, at-risk, not-applicable, computed); the summary and the ledger still count every finding',
      commaList,
    )
    .option(
      '--rules <list>',
      'evaluate only these rules and policies (comma-separated rule ids or policy codes, e.g. P08,P10.phone-answer); every line is still read and checked',
      commaList,
    )
    .option('--csv-ledger <file>', 'also write the monthly ledger to this file as CSV (UTF-8 with BOM, for Excel)')
    .option('--xlsx <file>', 'also write an Excel workbook: findings, ledger, rejected lines, summary')
    .option('--html <file>', "also write the month's report for the manager: one self-contained HTML page")
    .option('--no-progress', 'no progress bar on stderr')
    .action((file: string, _options: AuditCommandOptions, cmd: Command) =>
      run(file, cmd.optsWithGlobals<AuditCommandOptions>(), state),
    );
}
