/**
 * Comparing Chinese text written in either script: a character table from traditional to simplified, built by
 * zipping the seed's traditional text with its simplified rendering (same length, character for character), plus
 * punctuation, spaces and letter case ignored. Enough for the seed's duties and their keywords; not a general
 * converter. (A copy of P04's helper: policy folders stay independent of each other.)
 */

/** Zip pairs of equal-length traditional/simplified strings into a character table. */
export function tableFrom(pairs: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [hant, hans] of pairs) {
    const a = [...hant];
    const b = [...hans];
    if (a.length !== b.length) continue;
    a.forEach((ch, i) => {
      const to = b[i];
      if (to !== undefined && to !== ch) table.set(ch, to);
    });
  }
  return table;
}

const IGNORED = /[\s\p{P}\p{S}]/gu;

/** Lower-cased, without punctuation or spaces, traditional characters of the table mapped to simplified. */
export function normalise(text: string, table: ReadonlyMap<string, string>): string {
  return [...text.replace(IGNORED, '').toLowerCase()].map((ch) => table.get(ch) ?? ch).join('');
}

/** Latin text as space-separated lower-case words, padded, so a keyword can be matched at a word start. */
export function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}
