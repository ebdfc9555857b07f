/**
 * Text for a stream, sent in 64 KiB batches of UTF-8 bytes, with backpressure. Each text is copied into the
 * batch as it comes and dies young. Kept as one growing string until the flush instead, the texts outlived
 * the young generation's collections and V8 let the old generation grow with them: `kefu audit --ndjson`
 * of a 10M-event log peaked at ~350 MB RSS, against ~260 MB now and ~250 MB for the audit alone.
 */
import { once } from 'node:events';

const BATCH_BYTES = 64 * 1024;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export class ByteBatch {
  private buffer = Buffer.allocUnsafe(BATCH_BYTES);
  private used = 0;

  constructor(private readonly out: NodeJS.WritableStream) {}

  async add(text: string): Promise<void> {
    if (text.length * MAX_BYTES_PER_UNIT > BATCH_BYTES - this.used) {
      await this.flush();
      // A text too long for an empty batch goes out on its own.
      if (text.length * MAX_BYTES_PER_UNIT > BATCH_BYTES) {
        await this.send(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const bytes = this.buffer.subarray(0, this.used);
    // The stream may hold on to the bytes until they are written: the next texts get a new buffer.
    this.buffer = Buffer.allocUnsafe(BATCH_BYTES);
    this.used = 0;
    await this.send(bytes);
  }

  private async send(chunk: string | Buffer): Promise<void> {
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}
