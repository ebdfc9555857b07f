/**
 * Validation messages in the user's words. zod's defaults ("Invalid input: expected string, received
 * undefined", "Too big: expected number to be <1", "Unrecognized key: \"recievedAt\"") leak the library's
 * vocabulary and never say what to do; these say what was expected, what came, and the closest known name.
 *
 * Passed per parse (`safeParse(input, { error: userErrors })`), never set on zod's global configuration:
 * a library must not change how its users' own schemas report. A schema's own message still wins (zod
 * consults the schema's error before this one), so rule-specific wording stays.
 */
import { closestMatch } from 'leven';
import type * as zodCore from 'zod/v4/core';

/**
 * The candidate closest to what was typed, case-insensitively, or `undefined` when none is close: within a
 * third of the typed length, and at least 2 edits (`P12.latness` → `P12.lateness`, `recievedAt` →
 * `receivedAt`).
 */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  const byLower = new Map(candidates.map((c) => [c.toLowerCase(), c]));
  const same = byLower.get(lower);
  if (same !== undefined) return same;
  const maxDistance = Math.max(2, Math.floor(typed.length / 3));
  const match = closestMatch(lower, [...byLower.keys()], { maxDistance });
  return match === undefined ? undefined : byLower.get(match);
}

/** ` (did you mean X?)`, or nothing when no candidate is close. */
export function didYouMean(typed: string, candidates: readonly string[]): string {
  const near = closest(typed, candidates);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}

/** `（是否是 X？）`, or nothing when no candidate is close: `didYouMean` in simplified Chinese. */
export function didYouMeanZh(typed: string, candidates: readonly string[]): string {
  const near = closest(typed, candidates);
  return near === undefined ? '' : `（是否是 ${near}？）`;
}

const KIND: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return KIND[typeof value] ?? typeof value;
}

function limit(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'array' || origin === 'set') return `${n} item${n === 1 ? '' : 's'}`;
  return String(n);
}

/** Known keys of an object schema, for suggesting the one an unknown key was meant to be. */
function knownKeys(inst: unknown): string[] {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape === undefined ? [] : Object.keys(def.shape);
}

/** zod issues worded for people; `undefined` leaves zod's message (for issues worded well enough). */
export const userErrors: zodCore.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      const expected = KIND[iss.expected] ?? String(iss.expected);
      if (iss.input === undefined) return `required: expected ${expected}`;
      if (iss.input === null) return `null is not accepted: give ${expected}, or leave the field out`;
      return `expected ${expected}, got ${kindOf(iss.input)}`;
    }
    case 'too_big': {
      const bound = iss.inclusive === false ? 'less than' : 'at most';
      return `${bound} ${limit(iss.origin, iss.maximum)}${iss.input === undefined ? '' : `, got ${kindOf(iss.input)}`}`;
    }
    case 'too_small': {
      const bound = iss.inclusive === false ? 'more than' : 'at least';
      return `${bound} ${limit(iss.origin, iss.minimum)}${iss.input === undefined ? '' : `, got ${kindOf(iss.input)}`}`;
    }
    case 'unrecognized_keys': {
      const known = knownKeys(iss.inst);
      const named = iss.keys.map((k) => `${JSON.stringify(k)}${didYouMean(k, known)}`);
      return `unknown field${iss.keys.length === 1 ? '' : 's'} ${named.join(', ')}`;
    }
    case 'invalid_value': {
      const values = iss.values.map((v) => String(v));
      const typed = typeof iss.input === 'string' ? iss.input : undefined;
      const hint = typed === undefined ? '' : didYouMean(typed, values);
      const shown = values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ');
      return `expected one of ${shown}, got ${kindOf(iss.input)}${hint}`;
    }
    default:
      return undefined;
  }
};
