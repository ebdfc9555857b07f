/** The byte batches behind `--json` and `--ndjson`: every text, in order, as UTF-8, with backpressure. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ByteBatch } from '../src/output/byte-batch.js';
import { JsonStream } from '../src/output/json.js';
import { NdjsonWriter } from '../src/output/ndjson.js';

/** A slow sink: its buffer fills at 1 KiB (write returns false) and drains a tick later. */
function slowSink(): { out: Writable; chunks: Buffer[]; text: () => string } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      setImmediate(done);
    },
  });
  return { out, chunks, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('ByteBatch', () => {
  it('sends every text in order, Chinese intact, in batches, one too long for a batch on its own', async () => {
    const sink = slowSink();
    const batch = new ByteBatch(sink.out);
    const texts: string[] = [];
    for (let i = 0; i < 3000; i += 1) {
      const text = i === 1500 ? `长${'x'.repeat(70_000)}\n` : `{"n":${i},"zh":"投訴2小時內回復"}\n`;
      texts.push(text);
      await batch.add(text);
    }
    await batch.flush();
    expect(sink.text()).toBe(texts.join(''));
    // Batched: far fewer writes than texts, none over 64 KiB except the long text sent alone.
    expect(sink.chunks.length).toBeLessThan(30);
    expect(sink.chunks.filter((c) => c.length > 64 * 1024)).toHaveLength(1);
  });

  it('writes NDJSON records and a streamed JSON document that parse back', async () => {
    const lines = slowSink();
    const ndjson = new NdjsonWriter(lines.out);
    const doc = slowSink();
    const json = new JsonStream('findings', doc.out);
    const records = Array.from({ length: 2000 }, (_, i) => ({ i, text: `第${i}条` }));
    for (const r of records) {
      await ndjson.write(r);
      await json.item(r);
    }
    await ndjson.flush();
    await json.close({ summary: { lines: records.length } });
    expect(
      lines
        .text()
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(records);
    expect(JSON.parse(doc.text())).toEqual({ findings: records, summary: { lines: records.length } });
  });
});
