/**
 * Whether a value is plain JSON data (null, a boolean, a finite number, a string, an array or a plain object
 * of such), and if not where it is not: the check `checkState` makes of every part of a state before
 * resuming from it. A walk with its own stack, in place of a recursive zod union: the same verdict, at a
 * small fraction of the cost (a live monitor resumes a state of megabytes after every batch of events), and
 * no depth can overflow the call stack.
 */
export interface JsonProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A place in the walk: its value and how it was reached (the path is spelt out only for a problem). */
interface Place {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Place | undefined;
}

function pathOf(place: Place): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: Place | undefined = place; p?.key !== undefined; p = p.parent) path.push(p.key);
  return path.reverse();
}

function problemOf(v: unknown): string | undefined {
  if (v === null || typeof v === 'boolean' || typeof v === 'string' || Array.isArray(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : `${String(v)} is not a JSON number`;
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null ? undefined : 'not a plain JSON object';
  }
  return v === undefined ? 'missing (undefined is not JSON)' : `a ${typeof v} is not JSON`;
}

export function jsonProblem(value: unknown): JsonProblem | undefined {
  const stack: Place[] = [{ value, key: undefined, parent: undefined }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    const v = place.value;
    const message = problemOf(v);
    if (message !== undefined) return { path: pathOf(place), message };
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], key: i, parent: place });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] as string;
        stack.push({ value: (v as Record<string, unknown>)[key], key, parent: place });
      }
    }
  }
  return undefined;
}
