/**
 * File exports beside whatever goes to stdout (`--csv-ledger`, `--xlsx`, `--html`): each is an `Exporter`
 * that sees the same findings, rejected lines and ledger rows as the stdout sink, and writes its file when
 * the audit ends. They format only: every count and amount is the audit's own.
 */
import { open } from 'node:fs/promises';
import type { Finding, LedgerEntry, Rejection } from '@kefu/rules';
import { CliError } from '../errors.js';
import type { Sink, Tail } from './audit-sinks.js';

/** What an export has once the log is read: the summary, and the ledger whether streamed or held. */
interface Finished extends Tail {}

export interface Exporter {
  finding?(finding: Finding): Promise<void> | void;
  rejected?(rejection: Rejection): Promise<void> | void;
  finish(done: Finished): Promise<void>;
}

/** The stdout sink, with each exporter fed alongside; the files are written after stdout is done. */
export function withExports(sink: Sink, exporters: readonly Exporter[]): Sink {
  if (exporters.length === 0) return sink;
  // Rows handed out as months settle (--ndjson) are not in the tail's ledger: the exports need them too.
  const streamed: LedgerEntry[] = [];
  const forwardLedger = sink.ledger?.bind(sink);
  return {
    async finding(finding) {
      await sink.finding(finding);
      for (const e of exporters) await e.finding?.(finding);
    },
    async rejected(rejection) {
      await sink.rejected(rejection);
      for (const e of exporters) await e.rejected?.(rejection);
    },
    warning: async (warning) => sink.warning?.(warning),
    ...(forwardLedger && {
      async ledger(entry: LedgerEntry) {
        streamed.push(entry);
        await forwardLedger(entry);
      },
    }),
    async end(tail, comparison) {
      await sink.end(tail, comparison);
      const done: Finished = { summary: tail.summary, ledger: [...streamed, ...tail.ledger] };
      for (const e of exporters) await e.finish(done);
    },
  };
}

/**
 * Opens an export's file once before the audit runs, so that a path that cannot be written is an error in
 * the user's words at once, not after a long log has been read.
 */
export async function checkWritable(file: string, flag: string): Promise<void> {
  try {
    await (await open(file, 'w')).close();
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    throw new CliError(`${flag}: cannot write ${file} (${code})`);
  }
}
