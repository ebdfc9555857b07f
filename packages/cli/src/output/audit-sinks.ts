/**
 * Where an audit's findings and rejections go while the log streams through: a JSON document written as it
 * goes, CSV rows, or the summary tables printed at the end.
 */
import type { AuditDiff, AuditSummary, AuditWarning, Finding, LedgerEntry, Rejection } from '@kefu/rules';
import type { Ctx } from '../context.js';
import {
  diffBlocks,
  findingColumns,
  findingCsvRow,
  type Listed,
  notableBlocks,
  rejectedBlocks,
  summaryBlocks,
  warningBlocks,
} from '../view/audit.js';
import { type Directory, noDirectory } from '../view/directory.js';
import { ledgerBlocks } from '../view/ledger.js';
import { CsvWriter } from './csv.js';
import { JsonStream } from './json.js';
import { NdjsonWriter } from './ndjson.js';
import { present } from './present.js';

/** How many findings (breached and at risk, or those `--status` chose) and rejected lines the summary lists. */
const SHOWN = 20;

export interface Tail {
  readonly summary: AuditSummary;
  readonly ledger: readonly LedgerEntry[];
}

export interface Comparison {
  readonly config: string;
  readonly summary: AuditSummary;
  readonly diff: AuditDiff;
}

/** Where findings and rejections go while the log streams through. */
export interface Sink {
  finding(finding: Finding): Promise<void>;
  rejected(rejection: Rejection): Promise<void>;
  /** A line read on with a warning (`--lenient-ids`: an id the organisation file does not know). */
  warning?(warning: AuditWarning): Promise<void>;
  /** A ledger row handed out as its month settles (only sinks that ask the audit to stream the ledger). */
  ledger?(entry: LedgerEntry): Promise<void>;
  end(tail: Tail, comparison: Comparison | undefined): Promise<void>;
}

export function jsonSink(): Sink {
  const out = new JsonStream('findings');
  const rejected: Rejection[] = [];
  const warnings: AuditWarning[] = [];
  return {
    finding: (finding) => out.item(finding),
    async rejected(rejection) {
      rejected.push(rejection);
    },
    async warning(warning) {
      warnings.push(warning);
    },
    async end(tail, comparison) {
      await out.close({
        rejected,
        // Lines read on with an unknown id (--lenient-ids), as `runAudit` reports them: only when there are any.
        ...(warnings.length > 0 && { warnings }),
        summary: tail.summary,
        ledger: tail.ledger,
        ...(comparison && { compare: comparison }),
      });
    },
  };
}

/**
 * `--ndjson`: the records as the API streams them — `{"type":"finding",…}`, `{"type":"rejected",…}`,
 * `{"type":"warning",…}` (--lenient-ids),
 * `{"type":"ledger","entry":…}` as each month settles — then `{"type":"summary","summary":…,"ledger":[]}`
 * (the rows came before it). The summary is always the last record and comes only after everything else
 * was written: an output without it was cut (#13).
 */
export function ndjsonSink(): Sink {
  const out = new NdjsonWriter();
  return {
    finding: (finding) => out.write({ type: 'finding', finding }),
    rejected: (rejected) => out.write({ type: 'rejected', rejected }),
    warning: (warning) => out.write({ type: 'warning', warning }),
    ledger: (entry) => out.write({ type: 'ledger', entry }),
    async end(tail) {
      await out.write({ type: 'summary', summary: tail.summary, ledger: tail.ledger });
      await out.flush();
    },
  };
}

/**
 * The line a complete `--csv` output ends with, after the last row: a reader (or `read_csv(…,
 * comment='#')`) checks for it to know the file was not cut short (#13). No commas, so it is one cell.
 */
function csvTrailer(rows: number, summary: AuditSummary): string {
  return `# end of kefu audit: ${rows} rows; ${summary.lines} lines; ${summary.findings} findings; ${summary.rejected} rejected`;
}

export function csvSink(lang: Ctx['lang']): Sink {
  const out = new CsvWriter(findingColumns(lang));
  return {
    finding: (finding) => out.write(findingCsvRow(finding, lang)),
    async rejected() {},
    async end(tail) {
      const s = tail.summary;
      await out.end(csvTrailer(out.rows, s));
      // The CSV holds findings only: say on stderr how many lines were rejected, so it is not missed, and
      // what the audit warns of (no organisation file; ids read on with --lenient-ids).
      process.stderr.write(
        lang === 'zh'
          ? `kefu：共 ${s.lines} 行，${s.findings} 项结果，拒收 ${s.rejected} 行\n`
          : `kefu: ${s.lines} lines, ${s.findings} findings, ${s.rejected} rejected\n`,
      );
      for (const w of s.warnings ?? []) {
        process.stderr.write(lang === 'zh' ? `kefu：警告：${w.message}\n` : `kefu: warning: ${w.message}\n`);
      }
    },
  };
}

/**
 * `listed`: the statuses `--status` chose (every finding handed out is listed); else breached and at risk.
 * `dir`: the organisation file's names, shown beside the ledger's ids.
 */
export function textSink(ctx: Ctx, source: string, listed?: Listed, dir: Directory = noDirectory): Sink {
  const notable: Finding[] = [];
  const rejected: Rejection[] = [];
  const warnings: AuditWarning[] = [];
  let notableTotal = 0;
  return {
    async finding(finding) {
      const status = finding.result.status;
      if (listed === undefined && status !== 'breached' && status !== 'at-risk') return;
      notableTotal += 1;
      if (notable.length < SHOWN) notable.push(finding);
    },
    async rejected(rejection) {
      if (rejected.length < SHOWN) rejected.push(rejection);
    },
    async warning(warning) {
      if (warnings.length < SHOWN) warnings.push(warning);
    },
    async end(tail, comparison) {
      await present(
        [
          ...summaryBlocks(tail.summary, source, ctx.lang),
          ...ledgerBlocks(tail.ledger, dir, ctx.lang),
          ...notableBlocks(notable, notableTotal, ctx.lang, listed),
          ...rejectedBlocks(rejected, tail.summary.rejected, ctx.lang),
          ...warningBlocks(warnings, tail.summary, ctx.lang),
          ...(comparison ? diffBlocks(comparison.diff, comparison.config, ctx.lang) : []),
        ],
        ctx,
      );
    },
  };
}

/** With --compare, the first run's findings are kept to compare them with the second run's. */
export function collecting(sink: Sink, report: { findings: Finding[]; rejected: Rejection[] }): Sink {
  return {
    async finding(finding) {
      report.findings.push(finding);
      await sink.finding(finding);
    },
    async rejected(rejection) {
      report.rejected.push(rejection);
      await sink.rejected(rejection);
    },
    warning: async (warning) => sink.warning?.(warning),
    end: (tail, comparison) => sink.end(tail, comparison),
  };
}
