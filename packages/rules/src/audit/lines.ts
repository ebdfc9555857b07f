/**
 * `splitLines`: a chunk stream (a file stream, a fetch body, strings) into lines without terminators.
 * Bytes stay bytes (each line is decoded later, on its own, so one line of invalid UTF-8 rejects only
 * that line); lines are views into the chunks where they fit in one, copies where they straddle two.
 */

import { utf8Encoder } from './codec.js';

const LF = 0x0a;
const CR = 0x0d;
const encoder = utf8Encoder;

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
 * Lines of a chunk stream: LF or CRLF terminated, a UTF-8 BOM dropped from the first line, a last line
 * without a newline kept, no empty line invented after a final newline.
 */
export async function* splitLines(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<Uint8Array | string, void, undefined> {
  let first = true;
  // Byte mode: the unfinished line's parts. Text mode: the unfinished line.
  let parts: Uint8Array[] = [];
  let partsLength = 0;
  let text: string | undefined;
  let bytesMode = false;

  for await (const chunk of chunks) {
    if (typeof chunk === 'string' && !bytesMode) {
      let start = 0;
      let index = chunk.indexOf('\n');
      while (index !== -1) {
        const piece = chunk.slice(start, index);
        const line = text === undefined ? piece : text + piece;
        text = undefined;
        yield stripText(line, first);
        first = false;
        start = index + 1;
        index = chunk.indexOf('\n', start);
      }
      if (start < chunk.length) text = (text ?? '') + chunk.slice(start);
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
    let index = bytes.indexOf(LF);
    while (index !== -1) {
      let line = bytes.subarray(start, index);
      if (partsLength > 0) {
        parts.push(line);
        line = concat(parts, partsLength + line.length);
        parts = [];
        partsLength = 0;
      }
      yield stripBytes(line, first);
      first = false;
      start = index + 1;
      index = bytes.indexOf(LF, start);
    }
    if (start < bytes.length) {
      // Keep a copy: the caller may reuse the chunk's buffer once we ask for the next one.
      const rest = bytes.slice(start);
      parts.push(rest);
      partsLength += rest.length;
    }
  }
  if (text !== undefined && text.length > 0) yield stripText(text, first);
  else if (partsLength > 0) yield stripBytes(concat(parts, partsLength), first);
}
