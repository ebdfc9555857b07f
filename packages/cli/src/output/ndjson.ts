/**
 * `kefu audit --ndjson`: one JSON record per line, written as it is decided, with backpressure. Nothing is
 * kept, so with `--max-delay` (and the ledger rows streamed as their months settle) memory stays flat
 * however long the log — the mode for logs too big for one JSON document.
 */
import { ByteBatch } from './byte-batch.js';

export class NdjsonWriter {
  private readonly batch: ByteBatch;

  constructor(out: NodeJS.WritableStream = process.stdout) {
    this.batch = new ByteBatch(out);
  }

  write(record: unknown): Promise<void> {
    return this.batch.add(`${JSON.stringify(record)}\n`);
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }
}
