/**
 * `kefu audit --ndjson`: one JSON record per line, written as it is decided, with backpressure. Nothing is
 * kept, so with `--max-delay` (and the ledger rows streamed as their months settle) memory stays flat
 * however long the log — the mode for logs too big for one JSON document.
 */
import { once } from 'node:events';

const FLUSH_AT = 64 * 1024;

export class NdjsonWriter {
  private buffer = '';

  constructor(private readonly out: NodeJS.WritableStream = process.stdout) {}

  async write(record: unknown): Promise<void> {
    this.buffer += `${JSON.stringify(record)}\n`;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
