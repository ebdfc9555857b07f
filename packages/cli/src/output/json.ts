/** `--json`: exactly one JSON document on stdout, whatever happens. */
import type { ErrorDoc } from '../errors.js';
import { ByteBatch } from './byte-batch.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The error document printed under `--json` when a command fails on its input (the message also goes to stderr). */
export function printJsonError(error: ErrorDoc): void {
  printJson({ ok: false, error });
}

/**
 * One JSON object whose first member is an array written item by item as the items come (one per line),
 * followed by members known only at the end: `{ "findings": [ … ], "summary": …, "ledger": … }`. Keeps an
 * audit's output streaming instead of holding every finding until the summary is known.
 */
export class JsonStream {
  private count = 0;
  private readonly batch: ByteBatch;

  constructor(
    private readonly key: string,
    out: NodeJS.WritableStream = process.stdout,
  ) {
    this.batch = new ByteBatch(out);
  }

  item(value: unknown): Promise<void> {
    const separator = this.count === 0 ? `{\n  ${JSON.stringify(this.key)}: [\n    ` : ',\n    ';
    this.count += 1;
    return this.batch.add(`${separator}${JSON.stringify(value)}`);
  }

  async close(rest: Readonly<Record<string, unknown>>): Promise<void> {
    await this.batch.add(this.count === 0 ? `{\n  ${JSON.stringify(this.key)}: []` : '\n  ]');
    for (const [key, value] of Object.entries(rest)) {
      await this.batch.add(`,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
    }
    await this.batch.add('\n}\n');
    await this.batch.flush();
  }
}
