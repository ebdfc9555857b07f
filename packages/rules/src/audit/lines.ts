/**
 * `splitLines`: a chunk stream (a file stream, a fetch body, strings) into lines without terminators.
 * Bytes stay bytes (each line is decoded later, on its own, so one line of invalid UTF-8 rejects only
 * that line); lines are views into the chunks where they fit in one, copies where they straddle two.
 * A line longer than the cap (`maxLineBytes`, default 1 MiB) is never held: its bytes are skipped to the
 * next newline and an `OverlongLine` stands in its place (the audit rejects it as `line-too-long`), so
 * that a 600 MB line costs no more memory than the cap (issue #13).
 */

import { KefuRuleError } from '../kernel/errors.js';
import { strictUtf8Decoder, type Utf8Decoder, utf8Encoder } from './codec.js';

const LF = 0x0a;
const CR = 0x0d;
const encoder = utf8Encoder;

/** 1 MiB: a desk event is a few hundred bytes. */
const DEFAULT_CAP = 1_048_576;

/** Stands for a line longer than the cap, skipped unread: `bytes` is its length in bytes (UTF-8). */
export class OverlongLine {
  constructor(readonly bytes: number) {}
}

export type Line = Uint8Array | string | OverlongLine;

/** UTF-8 bytes of `text[from, to)` (a lone surrogate counts 3, as the encoder writes U+FFFD). */
function utf8Length(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i += 1;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** A line given to the audit directly (not through `splitLines`) that is longer than `cap` bytes. */
export function isOverlong(item: unknown, cap: number): boolean {
  if (item instanceof Uint8Array) return item.length > cap;
  if (typeof item !== 'string' || item.length * 3 <= cap) return false;
  return item.length > cap || utf8Length(item) > cap;
}

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
 * all valid UTF-8 and the range is no longer than the cap (so no line in it can be too long): the same
 * texts as decoding each line's bytes (an LF byte is never part of a multi-byte sequence, a BOM is kept by
 * the decoder, a CR is dropped as `stripBytes` drops its byte); byte views otherwise, so that only the
 * invalid line is rejected, and a line over the cap is an `OverlongLine`.
 */
function pushLines(
  batch: Line[],
  bytes: Uint8Array,
  from: number,
  to: number,
  first: boolean,
  decoder: Utf8Decoder | undefined,
  cap: number,
): void {
  if (decoder !== undefined && to - from <= cap) {
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
    batch.push(index - start > cap ? new OverlongLine(index - start) : stripBytes(bytes.subarray(start, index), first));
    first = false;
    if (index >= to) return;
    start = index + 1;
  }
}

/** The line being put together across chunks, or skipped because it is already over the cap. */
class Pending {
  first = true;
  /** Byte mode: the unfinished line's parts. Text mode: the unfinished line and its UTF-8 length. */
  parts: Uint8Array[] = [];
  partsLength = 0;
  text: string | undefined;
  textBytes = 0;
  bytesMode = false;
  /** The current line is over the cap: its bytes are counted and dropped until the next newline. */
  skipping = false;
  skipped = 0;

  constructor(readonly cap: number) {}

  /** Drop what is held and skip the rest of the line, having seen `bytes` of it. */
  skip(bytes: number): void {
    this.skipping = true;
    this.skipped = bytes;
    this.parts = [];
    this.partsLength = 0;
    this.text = undefined;
    this.textBytes = 0;
  }

  /** The skipped line ends: its stand-in. */
  endSkip(batch: Line[], more: number): void {
    batch.push(new OverlongLine(this.skipped + more));
    this.skipping = false;
    this.skipped = 0;
    this.first = false;
  }
}

/** A chunk of text (while no bytes came) into `batch`. */
function textChunk(p: Pending, chunk: string, batch: Line[]): void {
  let start = 0;
  let index = chunk.indexOf('\n');
  while (index !== -1) {
    if (p.skipping) p.endSkip(batch, utf8Length(chunk, start, index));
    else {
      const units = index - start;
      const bytes = units * 3 + p.textBytes <= p.cap ? 0 : utf8Length(chunk, start, index) + p.textBytes;
      if (bytes > p.cap) {
        batch.push(new OverlongLine(bytes));
        p.text = undefined;
        p.textBytes = 0;
      } else {
        const piece = chunk.slice(start, index);
        const line = p.text === undefined ? piece : p.text + piece;
        p.text = undefined;
        p.textBytes = 0;
        batch.push(stripText(line, p.first));
      }
      p.first = false;
    }
    start = index + 1;
    index = chunk.indexOf('\n', start);
  }
  if (start >= chunk.length) return;
  const rest = utf8Length(chunk, start);
  if (p.skipping) p.skipped += rest;
  else if (p.textBytes + rest > p.cap) p.skip(p.textBytes + rest);
  else {
    p.text = (p.text ?? '') + chunk.slice(start);
    p.textBytes += rest;
  }
}

/** A chunk of bytes into `batch`. */
function bytesChunk(p: Pending, bytes: Uint8Array, batch: Line[], decoder: Utf8Decoder | undefined): void {
  let start = 0;
  const index = bytes.indexOf(LF);
  if (index === -1) {
    if (p.skipping) p.skipped += bytes.length;
    else if (p.partsLength + bytes.length > p.cap) p.skip(p.partsLength + bytes.length);
    else {
      // Keep a copy: the caller may reuse the chunk's buffer once we ask for the next one.
      p.parts.push(bytes.slice());
      p.partsLength += bytes.length;
    }
    return;
  }
  if (p.skipping) {
    p.endSkip(batch, index);
    start = index + 1;
  } else if (p.partsLength > 0) {
    // The line that straddles chunks: its parts joined (within the cap, or it would be skipping).
    const total = p.partsLength + index;
    if (total > p.cap) batch.push(new OverlongLine(total));
    else {
      p.parts.push(bytes.subarray(0, index));
      batch.push(stripBytes(concat(p.parts, total), p.first));
    }
    p.first = false;
    p.parts = [];
    p.partsLength = 0;
    start = index + 1;
  }
  const last = bytes.lastIndexOf(LF);
  if (last >= start) {
    pushLines(batch, bytes, start, last, p.first, decoder, p.cap);
    p.first = false;
    start = last + 1;
  }
  if (start < bytes.length) {
    const rest = bytes.length - start;
    if (rest > p.cap) p.skip(rest);
    else {
      p.parts.push(bytes.slice(start));
      p.partsLength = rest;
    }
  }
}

/**
 * The lines of a chunk stream, a chunk's worth at a time. With a decoder, the lines of bytes that fit in
 * one chunk come decoded (see `pushLines`); without, as `splitLines` hands them out.
 */
async function* lineBatches(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  decoder: Utf8Decoder | undefined,
  cap: number,
): AsyncGenerator<Line[], void, undefined> {
  const p = new Pending(cap);
  for await (const chunk of chunks) {
    const batch: Line[] = [];
    if (typeof chunk === 'string' && !p.bytesMode) textChunk(p, chunk, batch);
    else {
      // Bytes (or text arriving after bytes): switch to byte mode for good.
      if (!p.bytesMode) {
        p.bytesMode = true;
        if (p.text !== undefined) {
          const held = encoder.encode(p.text);
          p.parts = [held];
          p.partsLength = held.length;
          p.text = undefined;
          p.textBytes = 0;
        }
      }
      bytesChunk(p, typeof chunk === 'string' ? encoder.encode(chunk) : chunk, batch, decoder);
    }
    if (batch.length > 0) yield batch;
  }
  if (p.skipping) yield [new OverlongLine(p.skipped)];
  else if (p.text !== undefined && p.text.length > 0) yield [stripText(p.text, p.first)];
  else if (p.partsLength > 0) yield [stripBytes(concat(p.parts, p.partsLength), p.first)];
}

/** The batches behind a `splitLines` iterator, while nobody has read a line from it (given the audit's cap). */
const batchSources = new WeakMap<object, (cap: number | undefined) => AsyncIterable<readonly Line[]> | undefined>();

export interface SplitLinesOptions {
  /** Longest line kept, in bytes (UTF-8); a longer one is skipped and an `OverlongLine` stands for it. Default 1 MiB. */
  readonly maxLineBytes?: number;
}

/**
 * Lines of a chunk stream: LF or CRLF terminated, a UTF-8 BOM dropped from the first line, a last line
 * without a newline kept, no empty line invented after a final newline. A line longer than
 * `maxLineBytes` comes as an `OverlongLine` (its length), its bytes skipped unread.
 */
export function splitLines(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: SplitLinesOptions = {},
): AsyncGenerator<Line, void, undefined> {
  const cap = options.maxLineBytes ?? DEFAULT_CAP;
  if (!Number.isSafeInteger(cap) || cap < 1) {
    const message = 'expected a whole number of bytes ≥ 1';
    throw new KefuRuleError('invalid-options', `maxLineBytes: ${message}`, [{ path: ['maxLineBytes'], message }]);
  }
  let state: 'fresh' | 'lines' | 'batches' = 'fresh';
  async function* lines(): AsyncGenerator<Line, void, undefined> {
    if (state === 'batches') return;
    state = 'lines';
    for await (const batch of lineBatches(chunks, undefined, cap)) for (const line of batch) yield line;
  }
  const iterator = lines();
  batchSources.set(iterator, (auditCap) => {
    if (state !== 'fresh') return undefined;
    state = 'batches';
    return lineBatches(chunks, strictUtf8Decoder(), auditCap ?? cap);
  });
  return iterator;
}

/**
 * For the audit: the same lines as a `splitLines` iterator nobody has read from, a chunk at a time (one
 * promise per chunk rather than per line), those that fit in a chunk decoded in one go; `cap`, when given
 * (the audit's `maxLineBytes`), in place of the iterator's own. Once taken, the iterator itself yields
 * nothing. `undefined` for anything else.
 */
export function takeLineBatches(lines: object, cap?: number): AsyncIterable<readonly Line[]> | undefined {
  return batchSources.get(lines)?.(cap);
}
