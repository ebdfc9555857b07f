/**
 * #17 (one policy under 120 KiB): the trimmed converter keeps only the dictionaries OpenCC's t→cn
 * conversion reads. It must convert exactly as `opencc-js/t2cn`'s own `Converter({ from: 't', to: 'cn' })`.
 */
import fc from 'fast-check';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { traditionalToSimplified } from '../opencc-t2s.js';

const reference = OpenCC.Converter({ from: 't', to: 'cn' });
const trimmed = traditionalToSimplified();

/** Traditional phrases OpenCC converts as a whole (乾乾淨淨 → 干干净净), so texts exercise phrase matching. */
const phrases = TS_PHRASES.split('|').map((entry) => entry.split(' ')[0] ?? '');

const piece = fc.oneof(
  fc.constantFrom(...phrases),
  // CJK unified ideographs, compatibility ideographs (normalised first), punctuation and Latin text.
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xf900, max: 0xfaff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('，', '。', ' ', 'A', '1', '「', '」'),
);

describe('traditionalToSimplified (OpenCC t2s from its own dictionaries, #17)', () => {
  it('converts the examples the policies match on as opencc-js/t2cn does', () => {
    for (const text of [
      '您好，中原物業',
      '這裡和這裏，群衆與群眾',
      '乾乾淨淨',
      '一目瞭然',
      '請問甚麼事情',
      'Hello 123',
    ])
      expect(trimmed(text)).toBe(reference(text));
  });

  it('property: every text of phrases, ideographs and punctuation converts as opencc-js/t2cn converts it', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(trimmed(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('converts every phrase of its dictionary and every compatibility ideograph as opencc-js/t2cn does', () => {
    const compatibility = Array.from({ length: 0xfb00 - 0xf900 }, (_, i) => String.fromCodePoint(0xf900 + i));
    for (const text of [...phrases, ...compatibility]) expect(trimmed(text)).toBe(reference(text));
  });
});
