/**
 * UTF-8 text codecs. Every runtime the package targets (Node, browsers, workers, edge) has TextDecoder
 * and TextEncoder, but the package compiles against plain ES2023 (no DOM, no Node types), so the two
 * are declared here, module-local, with just what the audit uses.
 */

export interface Utf8Decoder {
  decode(input?: Uint8Array): string;
}

interface Utf8Encoder {
  encode(input?: string): Uint8Array;
}

declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Utf8Decoder;
declare const TextEncoder: new () => Utf8Encoder;

/** A strict decoder: invalid UTF-8 throws (the line is rejected); a BOM is kept (only line 1 drops it). */
export function strictUtf8Decoder(): Utf8Decoder {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}

export const utf8Encoder: Utf8Encoder = new TextEncoder();
