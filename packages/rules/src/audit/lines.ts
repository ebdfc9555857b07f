/**
 * `splitLines`: a chunk stream (a file stream, a fetch body, strings) into lines without terminators.
 * Bytes stay bytes (each line is decoded later, on its own, so one line of invalid UTF-8 rejects only
 * that line); lines are views into the chunks where they fit in one, copies where they straddle two.
 */

import { strictUtf8Decoder, type Utf8Decoder, utf8Encoder } from './codec.js';

const LF = 0x0a;
const CR = 0x0d;
const encoder = utf8Encoder;

export type Line = Uint8Array | string;

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function stripBytes(line: Uint8Array, first: boolean): Uint8Array {
  let start = 0;
  let end = line.length;
  if (first && end >= 3 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) start = 3;
  if (end > start && line[end - 1] === CR) end -= 1;
  return start === 0 && end === line.length ? line : line.subarray(start, end);
}

function stripText(line: string, first: boolean): string {
  let out = first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (out.charCodeAt(out.length - 1) === CR) out = out.slice(0, -1);
  return out;
}

/**
 * The complete lines of `bytes[from, to)` (`to` at an LF) into `batch`, decoded in one go when they are
 * all valid UTF-8: the same texts as decoding each line's bytes (an LF byte is never part of a multi-byte
 * sequence, a BOM is kept by the decoder, a CR is dropped as `stripBytes` drops its byte); byte views
 * otherwise, so that only the invalid line is rejected.
 */
function pushLines(
  batch: Line[],
  bytes: Uint8Array,
  from: number,
  to: number,
  first: boolean,
  decoder: Utf8Decoder | undefined,
): void {
  if (decoder !== undefined) {
    let text: string | undefined;
    try {
      text = decoder.decode(bytes.subarray(from, to));
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      let start = 0;
      let isFirst = first;
      for (;;) {
        const index = text.indexOf('\n', start);
        const end = index === -1 ? text.length : index;
        let s = isFirst && text.charCodeAt(start) === 0xfeff ? start + 1 : start;
        let e = end;
        if (e > s && text.charCodeAt(e - 1) === CR) e -= 1;
        if (s > e) s = e;
        batch.push(text.slice(s, e));
        isFirst = false;
        if (index === -1) return;
        start = index + 1;
      }
    }
  }
  // `bytes[to]` is an LF: every search below finds one at or before it.
  let start = from;
  for (;;) {
    const index = bytes.indexOf(LF, start);
    batch.push(stripBytes(bytes.subarray(start, index), first));
    first = false;
    if (index >= to) return;
    start = index + 1;
  }
}

/**
 * The lines of a chunk stream, a chunk's worth at a time. With a decoder, the lines of bytes that fit in
 * one chunk come decoded (see `pushLines`); without, as `splitLines` hands them out.
 */
async function* lineBatches(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  decoder: Utf8Decoder | undefined,
): AsyncGenerator<Line[], void, undefined> {
  let first = true;
  // Byte mode: the unfinished line's parts. Text mode: the unfinished line.
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  let text: string | undefined;
  let bytesMode = false;

  for await (const chunk of chunks) {
    const batch: Line[] = [];
    if (typeof chunk === 'string' && !bytesMode) {
      let start = 0;
      let index = chunk.indexOf('\n');
      while (index !== -1) {
        const piece = chunk.slice(start, index);
        const line = text === undefined ? piece : text + piece;
        text = undefined;
        batch.push(stripText(line, first));
        first = false;
        start = index + 1;
        index = chunk.indexOf('\n', start);
      }
      if (start < chunk.length) text = (text ?? '') + chunk.slice(start);
      if (batch.length > 0) yield batch;
      continue;
    }
    // Bytes (or text arriving after bytes): switch to byte mode for good.
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    if (!bytesMode) {
      bytesMode = true;
      if (text !== undefined) {
        const pending = encoder.encode(text);
        parts = [pending];
        partsLength = pending.length;
        text = undefined;
      }
    }
    let start = 0;
    const index = bytes.indexOf(LF);
    if (index !== -1) {
      if (partsLength > 0) {
        // The line that straddles chunks: its parts joined.
        parts.push(bytes.subarray(0, index));
        batch.push(stripBytes(concat(parts, partsLength + index), first));
        first = false;
        parts = [];
        partsLength = 0;
        start = index + 1;
      }
      const last = bytes.lastIndexOf(LF);
      if (last >= start) {
        pushLines(batch, bytes, start, last, first, decoder);
        first = false;
        start = last + 1;
      }
    }
    if (start < bytes.length) {
      // Keep a copy: the caller may reuse the chunk's buffer once we ask for the next one.
      const rest = bytes.slice(start);
      parts.push(rest);
      partsLength += rest.length;
    }
    if (batch.length > 0) yield batch;
  }
  if (text !== undefined && text.length > 0) yield [stripText(text, first)];
  else if (partsLength > 0) yield [stripBytes(concat(parts, partsLength), first)];
}

/** The batches behind a `splitLines` iterator, while nobody has read a line from it. */
const batchSources = new WeakMap<object, () => AsyncIterable<readonly Line[]> | undefined>();

/**
 * Lines of a chunk stream: LF or CRLF terminated, a UTF-8 BOM dropped from the first line, a last line
 * without a newline kept, no empty line invented after a final newline.
 */
export function splitLines(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<Uint8Array | string, void, undefined> {
  let state: 'fresh' | 'lines' | 'batches' = 'fresh';
  async function* lines(): AsyncGenerator<Uint8Array | string, void, undefined> {
    if (state === 'batches') return;
    state = 'lines';
    for await (const batch of lineBatches(chunks, undefined)) for (const line of batch) yield line;
  }
  const iterator = lines();
  batchSources.set(iterator, () => {
    if (state !== 'fresh') return undefined;
    state = 'batches';
    return lineBatches(chunks, strictUtf8Decoder());
  });
  return iterator;
}

/**
 * For the audit: the same lines as a `splitLines` iterator nobody has read from, a chunk at a time (one
 * promise per chunk rather than per line), those that fit in a chunk decoded in one go. Once taken, the
 * iterator itself yields nothing. `undefined` for anything else.
 */
export function takeLineBatches(lines: object): AsyncIterable<readonly Line[]> | undefined {
  return batchSources.get(lines)?.();
}
