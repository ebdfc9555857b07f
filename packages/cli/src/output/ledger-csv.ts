/**
 * `--csv-ledger <file>`: the monthly ledger as CSV, one row per person and month, with the columns a
 * supervisor reads (names, own fines and joint liability apart, points added and deducted, other sanctions,
 * the months carried amounts come from) in the chosen language. Same writer as `--csv` (UTF-8 BOM, CRLF,
 * the formula guard on every text cell); amounts and points are plain numbers.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Lang } from '../context.js';
import type { Directory } from '../view/directory.js';
import { ledgerColumns, ledgerRow } from '../view/ledger.js';
import { CsvWriter } from './csv.js';
import type { Exporter } from './exports.js';

export function ledgerCsvExporter(file: string, lang: Lang, dir: Directory): Exporter {
  return {
    async finish({ ledger }) {
      const out = createWriteStream(file);
      const writer = new CsvWriter(ledgerColumns(lang), out);
      for (const entry of ledger) await writer.write(ledgerRow(entry, dir, lang));
      await writer.end();
      out.end();
      await finished(out);
    },
  };
}
