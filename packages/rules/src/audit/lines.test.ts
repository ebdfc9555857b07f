import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictUtf8Decoder } from './codec.js';
import { splitLines, takeLineBatches } from './lines.js';

const decoder = strictUtf8Decoder();
const decode = (line: Uint8Array | string): string => {
  if (typeof line === 'string') return line;
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
