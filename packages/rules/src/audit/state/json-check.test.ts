/**
 * `jsonProblem` (#16 Speed: resuming a state of megabytes after every batch of the live monitor spent most
 * of its time in a recursive zod check of the state's parts). It must say exactly what that check said:
 * the zod schema it replaced is the oracle here, on arbitrary values and on JSON with one thing spoiled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { runAudit } from '../stream.js';
import { ev, org } from '../test-kit.js';
import { jsonProblem } from './json-check.js';

const zodJson: z.ZodType = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(zodJson), z.record(z.string(), zodJson)]),
);

/** Not JSON: what a family could leave in its state by mistake. */
const spoilers = fc.constantFrom<unknown>(
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  () => 1,
  1n,
  new Map(),
  new Set(),
  Symbol('s'),
);

function spoil(value: unknown, at: number, spoiler: unknown): { value: unknown; path: (string | number)[] } {
  // Put the spoiler in place of the at-th array element or object value met depth-first, or wrap it.
  let count = 0;
  let path: (string | number)[] = [];
  const walk = (v: unknown, here: (string | number)[]): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => replace(x, [...here, i]));
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, [...here, k])]));
    }
    return v;
  };
  const replace = (x: unknown, here: (string | number)[]): unknown => {
    count += 1;
    if (count === at) {
      path = here;
      return spoiler;
    }
    return walk(x, here);
  };
  const out = walk(value, []);
  if (count < at) return { value: [out, spoiler], path: [1] };
  return { value: out, path };
}

describe('jsonProblem: plain JSON data or where it is not (#16 Speed)', () => {
  it('property: accepts every JSON value, as the zod schema did', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonProblem(value)).toBeUndefined();
        expect(zodJson.safeParse(value).success).toBe(true);
      }),
    ));

  it('property: JSON with one thing that is not JSON is refused at its path, as the zod schema refused it', () =>
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(40), spoilers, (json, at, spoiler) => {
        const { value, path } = spoil(json, at + 1, spoiler);
        expect(jsonProblem(value)?.path).toEqual(path);
        expect(zodJson.safeParse(value).success).toBe(false);
      }),
    ));

  it('a class instance is not a plain JSON object; a null-prototype object is', () => {
    expect(jsonProblem({ a: [new Date(0)] })).toEqual({ path: ['a', 0], message: 'not a plain JSON object' });
    expect(jsonProblem(Object.assign(Object.create(null), { a: 1 }))).toBeUndefined();
  });

  it('walks a state nested far deeper than a call stack allows, without overflowing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(jsonProblem(deep)).toBeUndefined();
  });

  it('resumeFrom: a state with a part that is not JSON is refused, naming the place', async () => {
    const { state } = await runAudit([ev('complaint-received', '2026-04-30T23:00', { case: 'C1' })], {
      org,
      checkpoint: true,
    });
    const spoiled = { ...state, reader: { lastSweep: Number.NaN } };
    await expect(runAudit([], { org, resumeFrom: spoiled })).rejects.toThrow(
      /damaged state at reader\.lastSweep: NaN is not a JSON number/,
    );
    const { engine: _, ...noEngine } = state ?? {};
    await expect(runAudit([], { org, resumeFrom: noEngine })).rejects.toThrow(/damaged state at engine/);
  });
});
