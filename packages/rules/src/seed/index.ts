/**
 * The seed's own words, shipped with the package as a separate entry (`@kefu/rules/seed`) so callers that
 * only evaluate rules do not load the whole text. Line numbers are those of
 * `customer-service-policies.txt` (and of its clean copy, which matches it line for line).
 */
import { seedText } from './text.js';

/** How many lines the seed has. */
export const seedLineCount = seedText.length;

/** Lines `from`–`to` of the seed (1-based, inclusive), clamped to the text; empty for an empty range. */
export function seedLines(from: number, to: number): readonly string[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) return [];
  return seedText.slice(Math.max(0, from - 1), Math.min(seedText.length, to));
}
