/** The state codec (#14 checkpoint and resume): whatever a family keeps comes back exactly from JSON. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, jsonProblem, StateCodecError } from './codec.js';

const leaf = fc.oneof(
  fc.constantFrom(null, true, false, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 0, -1.5),
  fc.integer(),
  fc.string(),
  fc.constantFrom('$map', '$set', '$num'),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('map'), tie('set')),
  array: fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('$map', '$obj', '$x')), tie('value'), { maxKeys: 3 }),
  map: fc.array(fc.tuple(fc.oneof(fc.string(), fc.integer()), tie('value')), { maxLength: 3 }).map((e) => new Map(e)),
  set: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }).map((e) => new Set(e)),
}));

describe('state codec', () => {
  it('property: decode(JSON round trip of encode(x)) equals x, tags in the data included', () =>
    fc.assert(
      fc.property(value, (x) => {
        const text = JSON.stringify(encodeState(x));
        expect(decodeState(JSON.parse(text))).toEqual(x);
      }),
      { numRuns: 500 },
    ));

  it('keeps −∞ (a case not yet touched) and an undefined slot (an event naming nobody)', () => {
    const state = { last: Number.NEGATIVE_INFINITY, named: [1, undefined, 'S1'] };
    expect(decodeState(JSON.parse(JSON.stringify(encodeState(state))))).toEqual(state);
  });

  it('refuses a class instance: a family must keep plain data, not half-saved objects', () => {
    class Tally {
      n = 1;
    }
    expect(() => encodeState({ t: new Tally() })).toThrow(StateCodecError);
    expect(() => encodeState({ t: new Tally() })).toThrow(/a Tally at state\.t/);
  });

  it('refuses an unknown tag rather than reading it as data', () => {
    expect(() => decodeState({ $nope: 1 })).toThrow(/unknown or malformed tag \$nope/);
  });
});

describe('jsonProblem: whether a state is JSON data (checked before a resume reads it)', () => {
  it('property: any JSON value passes', () =>
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect(jsonProblem(x)).toBeUndefined();
      }),
      { numRuns: 300 },
    ));

  it('names the path of what is not JSON: a function, undefined, a Map, Infinity, a nest too deep', () => {
    expect(jsonProblem({ a: [1, { b: () => 1 }] })).toEqual({
      path: ['a', 1, 'b'],
      message: 'function is not JSON data',
    });
    expect(jsonProblem({ a: undefined })).toEqual({ path: ['a'], message: 'undefined is not JSON data' });
    expect(jsonProblem([new Map()])).toEqual({ path: [0], message: 'a Map is not JSON data' });
    expect(jsonProblem({ n: Number.POSITIVE_INFINITY })?.path).toEqual(['n']);
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(jsonProblem(deep)?.message).toBe('nests deeper than 64');
  });
});
