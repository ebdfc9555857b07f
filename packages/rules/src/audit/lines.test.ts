import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictUtf8Decoder, utf8Encoder } from './codec.js';
import { type Line, OverlongLine, splitLines, takeLineBatches } from './lines.js';

const decoder = strictUtf8Decoder();
const decode = (line: Line): string => {
  if (typeof line === 'string') return line;
  if (line instanceof OverlongLine) return `<overlong ${line.bytes}>`;
  try {
    return decoder.decode(line);
  } catch {
    return `<invalid ${[...line].join(',')}>`;
  }
};

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function chunked(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  let k = 0;
  while (i < bytes.length) {
    const size = sizes[k++ % sizes.length] ?? 1;
    out.push(bytes.subarray(i, i + size));
    i += size;
  }
  return out;
}

describe('takeLineBatches', () => {
  it('property: the same lines as splitLines, each decoded as the audit decodes it', async () => {
    const piece = fc.constantFrom(
      [0x7b, 0x7d],
      [0x0a],
      [0x0d, 0x0a],
      [0x0d],
      [0xef, 0xbb, 0xbf],
      [0xe4, 0xb8, 0xad],
      [0xe4, 0xb8],
      [0xff],
      [0x20],
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (pieces, sizes) => {
          const bytes = Uint8Array.from(pieces.flat());
          const lines = (await collect(splitLines(chunked(bytes, sizes)))).map(decode);
          const source = splitLines(chunked(bytes, sizes));
          const batches = takeLineBatches(source);
          expect(batches).toBeDefined();
          const batched = batches === undefined ? [] : (await collect(batches)).flat().map(decode);
          expect(batched).toEqual(lines);
          expect(await collect(source)).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is not offered once lines were read, nor for other iterables', async () => {
    const source = splitLines(['a\nb\n']);
    expect((await source.next()).value).toBe('a');
    expect(takeLineBatches(source)).toBeUndefined();
    expect(takeLineBatches(['a'])).toBeUndefined();
  });
});

/** Issue #13 (Medium): no cap on a line's length — a 600 MB line was held whole and misreported as invalid-utf8. */
/** Text cut into chunks of `sizes` characters (whole code points: a chunk is text, never half a pair). */
function textChunks(whole: string, sizes: readonly number[]): string[] {
  const chars = [...whole];
  const out: string[] = [];
  for (let i = 0, k = 0; i < chars.length; k += 1) {
    const size = sizes[k % sizes.length] ?? 1;
    out.push(chars.slice(i, i + size).join(''));
    i += size;
  }
  return out;
}

describe('maxLineBytes', () => {
  const encoder = utf8Encoder;

  it('property: a line over the cap is an OverlongLine of its length, every other line as without a cap, however chunked', async () => {
    const piece = fc.constantFrom('a', '{}', '\n', '\r\n', '\uFEFF', '中', '😀', 'xxxxxxxxxx');
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        async (pieces, sizes, cap, asText) => {
          const whole = pieces.join('');
          const bytes = encoder.encode(whole);
          // Expected: the uncapped lines, with each raw line (between LFs) longer than the cap replaced.
          const raw = whole.length === 0 ? [] : whole.split('\n');
          if (whole.endsWith('\n')) raw.pop();
          const uncapped = (await collect(splitLines([bytes], { maxLineBytes: 1 << 20 }))).map(decode);
          const expected = uncapped.map((line, i) => {
            const length = encoder.encode(raw[i] ?? '').length;
            return length > cap ? `<overlong ${length}>` : line;
          });
          const chunks: (string | Uint8Array)[] = asText ? textChunks(whole, sizes) : chunked(bytes, sizes);
          expect((await collect(splitLines(chunks, { maxLineBytes: cap }))).map(decode)).toEqual(expected);
          const batches = takeLineBatches(splitLines(chunks), cap);
          const batched = batches === undefined ? [] : (await collect(batches)).flat().map(decode);
          expect(batched).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reproduction: a 5 MiB line streamed in 64 KiB chunks is skipped, not held (never more than the cap kept)', async () => {
    const chunk = new Uint8Array(65_536).fill(0x61);
    let yielded = 0;
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield encoder.encode('{"a":1}\n');
      // The chunk is handed out again and again: splitLines keeps no reference to it once skipping.
      for (let i = 0; i < 80; i += 1) {
        yielded += chunk.length;
        yield chunk;
      }
      yield encoder.encode('\n{"b":2}\n');
    }
    const lines = (await collect(splitLines(stream()))).map(decode);
    expect(yielded).toBe(80 * 65_536);
    expect(lines).toEqual(['{"a":1}', `<overlong ${80 * 65_536}>`, '{"b":2}']);
  });

  it('refuses a cap that is not a whole number of bytes', () => {
    expect(() => splitLines([], { maxLineBytes: 0 })).toThrow(/maxLineBytes/);
    expect(() => splitLines([], { maxLineBytes: 1.5 })).toThrow(/maxLineBytes/);
  });
});

describe('line-too-long in the audit (#13 Medium)', () => {
  const encoder = utf8Encoder;

  it('reproduction: a line of a few MiB streamed in chunks is rejected as line-too-long with its number, not invalid-utf8', async () => {
    const { runAudit } = await import('./stream.js');
    const good = '{"type":"complaint-received","at":"2026-03-02T09:00:00+08:00","case":"C1"}\n';
    // 3 MiB of a three-byte character, cut mid-character at every chunk edge (65,536 is not a multiple of 3).
    const long = encoder.encode('中'.repeat(1_048_576));
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield encoder.encode(good);
      for (let i = 0; i < long.length; i += 65_536) yield long.subarray(i, i + 65_536);
      yield encoder.encode(`\n${good}`);
    }
    const r = await runAudit(splitLines(stream()), { asOf: '2026-03-31T23:59:59+08:00' });
    expect(r.summary.lines).toBe(3);
    expect(r.rejected).toEqual([
      {
        line: 2,
        code: 'line-too-long',
        reason: `line of ${long.length} bytes, longer than maxLineBytes: skipped unread`,
        reasonZh: `该行长 ${long.length} 字节，超过 maxLineBytes：未读取`,
      },
    ]);
    // The audit's own cap replaces the iterator's; and lines given directly are held to it too.
    const wide = await runAudit(splitLines(stream()), { asOf: '2026-03-31T23:59:59+08:00', maxLineBytes: 4 << 20 });
    expect(wide.rejected.map((x) => x.code)).toEqual(['malformed-json']);
    const direct = await runAudit([good.trim(), `{"note":"${'x'.repeat(2048)}"}`], { maxLineBytes: 1024 });
    expect(direct.rejected.map((x) => [x.line, x.code])).toEqual([[2, 'line-too-long']]);
  });
});
