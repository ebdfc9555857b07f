/**
 * The latest instant a `facts` event's facts name. A `facts` event hands a rule its facts as they are, so
 * its own `at` says little: facts dated after `asOf` (a reply two years ahead, "measured −1,052,460 min")
 * must not pass silently (issue #13); the audit warns `after-as-of` on what they decide.
 */
import { parseInstant } from '../kernel/time.js';

/** Deep enough for any rule's facts (lists of objects of instants); the line's length bounds the walk. */
const MAX_DEPTH = 4;

function looksLikeInstant(text: string): boolean {
  // `YYYY-MM-DDTHH:MM…`: checked before parsing, since most strings in facts are names and ids.
  return text.length >= 17 && text.length <= 40 && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84;
}

/** Epoch ms of the latest ISO instant anywhere in `value` (to a few levels), or −∞ when there is none. */
export function latestInstantIn(value: unknown, depth = 0): number {
  if (typeof value === 'string') {
    return looksLikeInstant(value) ? (parseInstant(value) ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  }
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return Number.NEGATIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  const items = Array.isArray(value) ? value : Object.values(value);
  for (const item of items) {
    const ms = latestInstantIn(item, depth + 1);
    if (ms > latest) latest = ms;
  }
  return latest;
}
