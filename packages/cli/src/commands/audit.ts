/**
 * `kefu audit <file|->`: stream an event log (NDJSON) through the audit engine of @kefu/rules. The file is
 * read as a stream (`createReadStream` → `splitLines` → `streamAudit`) and findings are written as they come
 * (JSON, CSV), so memory stays flat on large logs. `--compare` audits the log a second time under another
 * configuration and reports what changes (`compareAudits`).
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLines, AuditOptions, AuditReport, AuditState, Finding, Rejection } from '@kefu/rules';
import { Command, Option } from 'commander';
import { CliError, EXIT, fromKefuError, type PathLabel } from '../errors.js';
import type { Say } from '../help.js';
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
  readonly resume?: string;
  readonly saveState?: string;
  readonly saveMonthStates?: string;
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
  resumeFrom: '--resume',
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
  const { lang } = ctxOf(options);
  if (options.json || options.csv || options.ndjson) return textProgress(lang);
  const { inkProgress } = await import('../output/progress-ink.js');
  return inkProgress(first, lang);
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
  const asOf = await asOfInstant(options.asOf, config, ctxOf(options).lang);
  const resumeFrom = options.resume === undefined ? undefined : await readJsonFile(options.resume, '--resume');
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
    // Month by month: take up last month's state, and keep this one's for next month.
    ...(resumeFrom !== undefined && { resumeFrom }),
    ...(options.saveState !== undefined && { checkpoint: true }),
    ...(options.saveMonthStates !== undefined && { monthCheckpoints: true }),
  };
  if (options.saveMonthStates !== undefined && options.maxDelay === undefined)
    throw new CliError('--save-month-states needs --max-delay: without it months close only at the end of the log');
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
  let tail: (Tail & { readonly state?: AuditState }) | undefined;
  let comparison: Comparison | undefined;
  try {
    const records = startAudit(engine, openLines(engine, file, counter, kept), audit);
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
      } else if (record.type === 'checkpoint') {
        const { month, state: saved } = record.checkpoint;
        const dir = options.saveMonthStates ?? '.';
        await mkdir(dir, { recursive: true }).catch(() => undefined); // a failure is said by the write below
        await saveState(join(dir, `${month}.state.json`), saved, '--save-month-states');
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
  if (options.saveState !== undefined && tail?.state !== undefined) await saveState(options.saveState, tail.state);
  // From the summary's counts, which --status does not filter.
  if (tail !== undefined && tripsCounts(options.failOn, tail.summary.byStatus)) state.exitCode = EXIT.failOn;
  // A log of which no line could be read is an input error, not a clean audit (#15): say so and exit 2.
  if (tail !== undefined && tail.summary.evaluated === 0) {
    const { lines } = tail.summary;
    process.stderr.write(
      ctxOf(options).lang === 'zh'
        ? `kefu：没有可审核的内容：${lines === 0 ? '日志为空' : `全部 ${lines} 行均被拒收`}\n`
        : `kefu: nothing was evaluated: ${lines === 0 ? 'the log is empty' : `all ${lines} lines were rejected`}\n`,
    );
    state.exitCode = EXIT.usage;
  }
}

/** The audit started; a state `--resume` names that cannot be resumed is said of `--resume`. */
function startAudit(engine: Engine, lines: AuditLines, audit: AuditOptions) {
  try {
    return engine.streamAudit(lines, audit);
  } catch (e) {
    if (e instanceof engine.KefuRuleError) throw fromKefuError(e.toJSON(), optionLabel('--config'));
    throw e;
  }
}

/**
 * Write the state for next month's `--resume`: to a temporary file beside it, then renamed over it, so that
 * an interrupted run never leaves half a state where last month's was.
 */
async function saveState(file: string, state: unknown, option = '--save-state'): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(state)}\n`);
    await rename(temporary, file);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    throw new CliError(`${option}: cannot write ${file} (${code})`);
  }
}

/** `a, b` → `['a', 'b']`; the engine checks the names (an empty one included). */
const commaList = (value: string): string[] => value.split(',').map((s) => s.trim());

export function auditCommand(state: RunState, say: Say): Command {
  return new Command('audit')
    .description(
      say(
        'audit an event log (NDJSON, one event per line): findings, rejected lines, summary, ledger',
        '审核事件日志（NDJSON，每行一个事件）：审核结果、拒收的行、汇总、处罚台账',
      ),
    )
    .argument('<file|->', say('the event log, or - for stdin', '事件日志，或 - 从标准输入读取'))
    .option(
      '--org <file>',
      say('the organisation file (people, departments) as JSON', '组织文件（人员、部门），JSON 格式'),
    )
    .option(
      '--lenient-ids',
      say(
        'with --org, read a line naming a person or department the file does not know as given, with a warning, instead of rejecting it as unknown-id',
        '配合 --org：某行提到组织文件中没有的人员或部门时，照原样读入并给出警告，而不是以 unknown-id 拒收',
      ),
    )
    .option('--config <file>', say("the organisation's rule configuration (JSON)", '本单位的规则配置（JSON）'))
    .addOption(calendarOption(say))
    .option(
      '--compare <config>',
      say('audit again under this configuration and show what changes', '按此配置再审核一次，显示有何变化'),
    )
    .option(
      '--as-of <iso>',
      say(
        "the instant the audit is made at (decides what is still pending; a date alone is the end of that day; default: the log's latest event)",
        '审核所依据的时刻（决定哪些尚未到期；只给日期即该日结束时；默认：日志中最晚的事件）',
      ),
    )
    .option(
      '--max-delay <duration>',
      say(
        'how far out of time order the log may be (ISO-8601 duration, e.g. PT1H)',
        '日志允许的时间顺序错乱程度（ISO-8601 时长，例如 PT1H）',
      ),
    )
    .option(
      '--max-future <duration>',
      say(
        'how far after --as-of (else now) a line may be dated; a later one is rejected as out-of-range (ISO-8601 duration up to P366D; default PT24H)',
        '一行的日期最多可晚于 --as-of（否则为现在）多久；更晚的行以 out-of-range 拒收（ISO-8601 时长，最多 P366D；默认 PT24H）',
      ),
    )
    .option(
      '--max-months <n>',
      say(
        "the months an audit may span, ending with --as-of's month (else now's); an earlier line is rejected as out-of-range (1–1200; default 60)",
        '一次审核可跨的月数，止于 --as-of 所在月（否则为当月）；更早的行以 out-of-range 拒收（1–1200；默认 60）',
      ),
      Number,
    )
    .option(
      '--max-line-bytes <n>',
      say(
        'the longest line read, in bytes; a longer one is rejected as line-too-long, skipped unread (1024–268435456; default 1048576, 1 MiB)',
        '读取的最长行（字节）；更长的行以 line-too-long 拒收，不读入（1024–268435456；默认 1048576，即 1 MiB）',
      ),
      Number,
    )
    .addOption(
      new Option(
        '--json',
        say(
          'print { findings, rejected, summary, ledger } as one JSON document',
          '以一个 JSON 文档输出 { findings, rejected, summary, ledger }',
        ),
      ).conflicts('csv'),
    )
    .addOption(
      new Option(
        '--csv',
        say(
          'print the findings as CSV (UTF-8 with BOM, for Excel)',
          '以 CSV 输出审核结果（带 BOM 的 UTF-8，供 Excel 打开）',
        ),
      ).conflicts('ndjson'),
    )
    .addOption(
      new Option(
        '--ndjson',
        say(
          'print one JSON record per line as decided (findings, rejected lines, ledger rows as months settle), then the summary; with --max-delay memory stays flat',
          '每判定一项即输出一行 JSON 记录（审核结果、拒收的行、月份结清时的台账行），最后输出汇总；配合 --max-delay 内存占用不增长',
        ),
      ).conflicts('json'),
    )
    .addOption(failOnOption(say))
    .option(
      '--status <list>',
      say(
        'print only findings of these statuses (comma-separated: met, breached, pending, at-risk, not-applicable, computed); the summary and the ledger still count every finding',
        '只输出这些状态的审核结果（逗号分隔：met 达标、breached 违规、pending 未到期、at-risk 临近超时、not-applicable 不适用、computed 已计算）；汇总和台账仍计入全部结果',
      ),
      commaList,
    )
    .option(
      '--rules <list>',
      say(
        'evaluate only these rules and policies (comma-separated rule ids or policy codes, e.g. P08,P10.phone-answer); every line is still read and checked',
        '只评估这些规则和制度（逗号分隔的规则编号或制度代码，例如 P08,P10.phone-answer）；每一行仍会读入并检查',
      ),
      commaList,
    )
    .option(
      '--csv-ledger <file>',
      say(
        'also write the monthly ledger to this file as CSV (UTF-8 with BOM, for Excel)',
        '同时把月度台账写入此 CSV 文件（带 BOM 的 UTF-8，供 Excel 打开）',
      ),
    )
    .option(
      '--xlsx <file>',
      say(
        'also write an Excel workbook: findings, ledger, rejected lines, summary',
        '同时写出 Excel 工作簿：审核结果、台账、拒收的行、汇总',
      ),
    )
    .option(
      '--html <file>',
      say(
        "also write the month's report for the manager: one self-contained HTML page",
        '同时写出给经理的月度报告：一个自包含的 HTML 页面',
      ),
    )
    .option(
      '--resume <state>',
      say(
        'continue from the state an earlier audit saved (--save-state): its open cases, tallies, open months and carry-overs are taken up, and line numbers go on from it',
        '接着上一次审核用 --save-state 保存的状态继续：沿用其未结案件、计数、未结月份和结转余额，行号接续编排',
      ),
    )
    .option(
      '--save-state <file>',
      say(
        'save the state at the end of this log, before what is still open is judged as of the end, for the next audit to --resume from',
        '在日志末尾、按截止时点判定未结事项之前保存状态，供下一次审核用 --resume 接续',
      ),
    )
    .option(
      '--save-month-states <dir>',
      say(
        'with --max-delay: save the state each time months close while reading, as <dir>/YYYY-MM.state.json (the last month closed), each one to --resume from',
        '配合 --max-delay：读取中每有月份结账就在该目录中保存一次状态，以最后结账的月份命名，每个都可用 --resume 接续',
      ),
    )
    .option('--no-progress', say('no progress bar on stderr', '标准错误输出上不显示进度条'))
    .action((file: string, _options: AuditCommandOptions, cmd: Command) =>
      run(file, cmd.optsWithGlobals<AuditCommandOptions>(), state),
    );
}
