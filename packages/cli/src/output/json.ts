/** `--json`: exactly one JSON document on stdout, whatever happens. */
import { once } from 'node:events';
import type { ErrorDoc } from '../errors.js';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The error document printed under `--json` when a command fails on its input (the message also goes to stderr). */
export function printJsonError(error: ErrorDoc): void {
  printJson({ ok: false, error });
}

const FLUSH_AT = 64 * 1024;

/**
 * One JSON object whose first member is an array written item by item as the items come (one per line),
 * followed by members known only at the end: `{ "findings": [ … ], "summary": …, "ledger": … }`. Keeps an
 * audit's output streaming instead of holding every finding until the summary is known.
 */
export class JsonStream {
  private count = 0;
  private buffer = '';

  constructor(
    private readonly key: string,
    private readonly out: NodeJS.WritableStream = process.stdout,
  ) {}

  async item(value: unknown): Promise<void> {
    this.buffer += this.count === 0 ? `{\n  ${JSON.stringify(this.key)}: [\n    ` : ',\n    ';
    this.buffer += JSON.stringify(value);
    this.count += 1;
    if (this.buffer.length >= FLUSH_AT) await this.flush();
  }

  async close(rest: Readonly<Record<string, unknown>>): Promise<void> {
    this.buffer += this.count === 0 ? `{\n  ${JSON.stringify(this.key)}: []` : '\n  ]';
    for (const [key, value] of Object.entries(rest)) {
      this.buffer += `,\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
    }
    this.buffer += '\n}\n';
    await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
