/**
 * The audit's working state as JSON: what a checkpoint holds. The families keep their state in the shapes
 * that are quick to work with (Maps, Sets, −∞ for "not yet"); this codec writes those as JSON and reads
 * them back exactly, so that no family has to keep a second, serialisable copy of its state.
 *
 * Tagged values: `{"$map": [[k, v], …]}`, `{"$set": […]}`, `{"$num": "-Infinity" | "Infinity" | "NaN"}`,
 * `{"$undefined": true}` (an array slot); a plain object whose only key starts with `$` is wrapped in
 * `{"$obj": …}` so that data never reads as a tag. Anything else (a class instance, a function) is a
 * defect of the family that holds it, and is refused at once rather than saved half.
 */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** How deep state may nest: far more than any family needs; a cycle is refused, not followed forever. */
const MAX_DEPTH = 64;

export class StateCodecError extends Error {}

function encodeAt(value: unknown, path: string, depth: number): Json {
  if (depth > MAX_DEPTH) throw new StateCodecError(`state nests deeper than ${MAX_DEPTH} at ${path}`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $num: String(value) };
  if (value === undefined) return { $undefined: true };
  if (Array.isArray(value)) return value.map((v, i) => encodeAt(v, `${path}[${i}]`, depth + 1));
  if (value instanceof Map) {
    return {
      $map: [...value].map(([k, v], i) => [
        encodeAt(k, `${path}<key ${i}>`, depth + 1),
        encodeAt(v, `${path}.${String(k)}`, depth + 1),
      ]),
    };
  }
  if (value instanceof Set) return { $set: [...value].map((v, i) => encodeAt(v, `${path}{${i}}`, depth + 1)) };
  if (
    typeof value === 'object' &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  ) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k] = encodeAt(v, `${path}.${k}`, depth + 1);
    }
    const keys = Object.keys(out);
    return keys.length === 1 && keys[0]?.startsWith('$') ? { $obj: out } : out;
  }
  throw new StateCodecError(`cannot save ${describe(value)} at ${path}: state must be plain data`);
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return `a ${value.constructor?.name ?? 'object'}`;
  return `a ${typeof value}`;
}

/** The state as JSON (a fresh structure: the live state may change afterwards without touching it). */
export function encodeState(value: unknown): Json {
  return encodeAt(value, 'state', 0);
}

function decodeAt(json: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new StateCodecError(`state nests deeper than ${MAX_DEPTH}`);
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((v) => decodeAt(v, depth + 1));
  const obj = json as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1) {
    const [key] = keys;
    const v = obj[key as string];
    switch (key) {
      case '$map':
        if (!Array.isArray(v)) break;
        return new Map(
          v.map((pair) => {
            if (!Array.isArray(pair) || pair.length !== 2)
              throw new StateCodecError('a $map entry is not a [key, value] pair');
            return [decodeAt(pair[0], depth + 1), decodeAt(pair[1], depth + 1)] as const;
          }),
        );
      case '$set':
        if (!Array.isArray(v)) break;
        return new Set(v.map((x) => decodeAt(x, depth + 1)));
      case '$num':
        if (v === 'Infinity') return Number.POSITIVE_INFINITY;
        if (v === '-Infinity') return Number.NEGATIVE_INFINITY;
        if (v === 'NaN') return Number.NaN;
        break;
      case '$undefined':
        return undefined;
      case '$obj':
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
          const out: Record<string, unknown> = {};
          for (const [k, x] of Object.entries(v)) out[k] = decodeAt(x, depth + 1);
          return out;
        }
        break;
      default:
        break;
    }
    if (key?.startsWith('$')) throw new StateCodecError(`unknown or malformed tag ${key} in the state`);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = decodeAt(obj[k], depth + 1);
  return out;
}

/** Where a value first fails to be JSON data (a path), and why; `undefined` when it is JSON data throughout. */
export interface JsonProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Whether a value is JSON data (null, booleans, finite numbers, strings, arrays and plain objects of them),
 * walked with an explicit stack, at most `MAX_DEPTH` deep: a checkpoint is hundreds of kilobytes, and
 * checking it with a recursive zod union cost about a tenth of a resumed month's audit (#14 resume cost).
 */
export function jsonProblem(value: unknown): JsonProblem | undefined {
  const stack: { value: unknown; path: readonly (string | number)[] }[] = [{ value, path: [] }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const v = top.value;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) continue;
      return { path: top.path, message: `${v} is not a JSON number` };
    }
    if (typeof v !== 'object') return { path: top.path, message: `${typeof v} is not JSON data` };
    if (top.path.length >= MAX_DEPTH) return { path: top.path, message: `nests deeper than ${MAX_DEPTH}` };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], path: [...top.path, i] });
      continue;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      return { path: top.path, message: `${describe(v)} is not JSON data` };
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...top.path, key] });
    }
  }
  return undefined;
}

/** The live state a JSON document encodes (throws `StateCodecError` on a malformed one). */
export function decodeState(json: unknown): unknown {
  return decodeAt(json, 0);
}
