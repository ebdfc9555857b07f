/** The audit's file exports chosen on the command line (`--csv-ledger`, `--xlsx`, `--html`), each opened once first. */
import type { Lang } from '../context.js';
import type { Directory } from '../view/directory.js';
import { checkWritable, type Exporter } from './exports.js';

export interface ExportTargets {
  readonly csvLedger?: string;
  readonly xlsx?: string;
  readonly html?: string;
}

export async function exportersOf(
  targets: ExportTargets,
  lang: Lang,
  dir: Directory,
  source: string,
): Promise<Exporter[]> {
  const out: Exporter[] = [];
  if (targets.csvLedger !== undefined) {
    await checkWritable(targets.csvLedger, '--csv-ledger');
    const { ledgerCsvExporter } = await import('./ledger-csv.js');
    out.push(ledgerCsvExporter(targets.csvLedger, lang, dir));
  }
  if (targets.xlsx !== undefined) {
    await checkWritable(targets.xlsx, '--xlsx');
    const { xlsxExporter } = await import('./xlsx.js');
    out.push(await xlsxExporter(targets.xlsx, lang, dir, source));
  }
  if (targets.html !== undefined) {
    await checkWritable(targets.html, '--html');
    const { htmlExporter } = await import('./html-report.js');
    out.push(await htmlExporter(targets.html, lang, dir, source));
  }
  return out;
}
