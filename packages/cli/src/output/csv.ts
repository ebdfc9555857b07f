/**
 * `--csv`: Excel-friendly CSV through csv-stringify — a UTF-8 byte-order mark (without it Excel reads the
 * Chinese text as ANSI) and CRLF line ends. Rows are written in batches as they come, so a large audit is
 * never held as one string.
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { guardText } from './formula-guard.js';

export interface CsvColumn {
  readonly key: string;
  readonly header: string;
}

export type CsvRow = Readonly<Record<string, string | number | undefined>>;

const BATCH = 500;

export class CsvWriter {
  private first = true;
  private batch: CsvRow[] = [];
  /** Rows written so far (the header not counted). */
  rows = 0;

  constructor(
    private readonly columns: readonly CsvColumn[],
    private readonly out: NodeJS.WritableStream = process.stdout,
  ) {}

  async write(row: CsvRow): Promise<void> {
    this.rows += 1;
    this.batch.push(row);
    if (this.batch.length >= BATCH) await this.flush();
  }

  /**
   * Writes what is left, then the trailer line if given; the header (with the BOM) is written even when
   * there are no rows.
   */
  async end(trailer?: string): Promise<void> {
    if (this.first || this.batch.length > 0) await this.flush();
    if (trailer !== undefined && !this.out.write(`${trailer}\r\n`)) await once(this.out, 'drain');
  }

  private async flush(): Promise<void> {
    const text = stringify(this.batch, {
      bom: this.first,
      header: this.first,
      record_delimiter: 'windows',
      columns: this.columns.map((c) => ({ key: c.key, header: c.header })),
      // Every text cell through the formula guard; numbers are cast as numbers and never guarded.
      cast: { string: guardText },
    });
    this.first = false;
    this.batch = [];
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
