/**
 * #14, the speed layer behind explicit objects: every cache is held equal to the uncached answer by a
 * differential property (as zod holds its compiled parsers to the plain ones). Each memory of the instant
 * codec, the word memo and the prepared evaluator is asked random inputs — repeated, alternating between
 * zones, colliding in the direct-mapped slots — and must answer exactly what the same object with
 * `caches: false` answers, which in turn is what the plain, pure kernel functions answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../registry.js';
import { factsLike } from '../../test-support/totality.js';
import { foldForMatch } from '../chinese.js';
import { InstantCodec } from '../instant-codec.js';
import { describeYuan } from '../money.js';
import { PreparedEvaluator } from '../prepared.js';
import { durationMsOf } from '../schemas.js';
import {
  describeDuration,
  endOfLocalDay,
  formatInstant,
  formatInstantShort,
  localDay,
  offsetAt,
  parseInstant,
  startOfLocalDay,
} from '../time.js';
import { WordMemo } from '../word-memo.js';

const zones = ['Asia/Shanghai', 'Europe/Berlin', 'UTC', 'America/St_Johns', 'Asia/Kolkata', 'Australia/Lord_Howe'];
// 1900–2100, often whole minutes and a day's last millisecond (the common cases), sometimes any millisecond.
const instant = fc.oneof(
  fc.integer({ min: -35_000_000, max: 68_000_000 }).map((minute) => minute * 60_000),
  fc.integer({ min: -25_000, max: 47_000 }).map((day) => day * 86_400_000 - 1),
  fc.integer({ min: -2_208_988_800_000, max: 4_102_444_800_000 }),
);
/** A list of asks with repeats: each ask drawn again later, and the whole list asked twice, reversed. */
const asks = <T>(one: fc.Arbitrary<T>) =>
  fc
    .array(one, { minLength: 1, maxLength: 40 })
    .chain((xs) => fc.shuffledSubarray(xs).map((again) => [...xs, ...again, ...[...xs].reverse()]));

describe('the instant codec, cached ≡ uncached (#14)', () => {
  it('property: zone offsets and local days, in any order of instants and zones', () => {
    fc.assert(
      fc.property(asks(fc.tuple(instant, fc.constantFrom(...zones))), (list) => {
        const cached = new InstantCodec();
        const plain = new InstantCodec({ caches: false });
        for (const [ms, zone] of list) {
          expect(cached.offsetAt(zone, ms), `${ms} ${zone}`).toBe(plain.offsetAt(zone, ms));
          expect(plain.offsetAt(zone, ms)).toBe(offsetAt(zone, ms));
          expect(cached.localDay(ms, zone)).toBe(localDay(ms, zone));
          const day = localDay(ms, zone);
          expect(cached.startOfLocalDay(day, zone)).toBe(startOfLocalDay(day, zone));
          expect(cached.endOfLocalDay(day, zone)).toBe(endOfLocalDay(day, zone));
        }
      }),
      { numRuns: 60, seed: 14 },
    );
  });

  it('property: formatted texts (format, formatShort, iso, localText), colliding slots and zones alternating', () => {
    fc.assert(
      fc.property(asks(fc.tuple(instant, fc.constantFrom(...zones))), (list) => {
        const cached = new InstantCodec();
        const plain = new InstantCodec({ caches: false });
        for (const [ms, zone] of list) {
          const iso = formatInstant(ms, zone);
          expect(plain.format(ms, zone)).toBe(iso);
          expect(cached.format(ms, zone)).toBe(iso);
          expect(cached.iso(ms, zone)).toBe(iso);
          expect(cached.formatShort(ms, zone)).toBe(formatInstantShort(ms, zone));
          expect(cached.localText(ms, zone)).toBe(plain.localText(ms, zone));
        }
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  it('property: parsing, outside and inside withMemo, texts repeated, malformed ones among them', () => {
    const text = fc.oneof(
      fc.tuple(instant, fc.constantFrom(...zones)).map(([ms, zone]) => formatInstantShort(ms, zone)),
      fc.constantFrom('2026-02-30T00:00:00Z', 'soon', '2026-11-27T07:00Z', '2026-11-27T15:00:00+08:00', ''),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(asks(text), fc.boolean(), (list, memo) => {
        const cached = new InstantCodec();
        const plain = new InstantCodec({ caches: false });
        const run = () => list.map((t) => [cached.parse(t), plain.parse(t), parseInstant(t)]);
        for (const [a, b, c] of memo ? cached.withMemo(run) : run()) {
          expect(a).toBe(c);
          expect(b).toBe(c);
        }
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it('property: a text formatted inside withMemo parses back to its instant, as the plain parser reads it', () => {
    fc.assert(
      fc.property(asks(fc.tuple(instant, fc.constantFrom(...zones), fc.boolean())), (list) => {
        const cached = new InstantCodec();
        cached.withMemo(() => {
          for (const [ms, zone, short] of list) {
            const text = short ? cached.formatShort(ms, zone) : cached.format(ms, zone);
            expect(cached.parse(text), text).toBe(parseInstant(text));
          }
        });
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});

describe('the word memo, cached ≡ uncached (#14)', () => {
  it('property: duration words, yuan words (−0 included), folded phrases and duration parameters', () => {
    const phrase = fc.oneof(
      fc.constantFrom('您好，中原物業', '您好, 中原物业!', 'ＡＢＣ 物業！', '甚麼', '接待人員', ''),
      fc.string({ maxLength: 20 }),
    );
    const amount = fc.oneof(fc.constantFrom(0, -0, 1.005, 1234.5), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
    const duration = fc.constantFrom('PT2H', 'PT30M', 'P1D', 'P1DT30M', 'PT0S', 'P2W');
    fc.assert(
      fc.property(
        asks(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 })),
        asks(amount),
        asks(phrase),
        asks(duration),
        (ms, yuan, phrases, durations) => {
          const cached = new WordMemo();
          const plain = new WordMemo({ caches: false });
          for (const x of ms) expect(cached.duration(x)).toEqual(plain.duration(x));
          for (const x of ms) expect(plain.duration(x)).toEqual(describeDuration(x));
          for (const x of yuan) expect(cached.yuan(x)).toEqual(describeYuan(x));
          for (const x of yuan) expect(plain.yuan(x)).toEqual(describeYuan(x));
          for (const x of phrases) expect(cached.fold(x, foldForMatch)).toBe(foldForMatch(x));
          for (const x of phrases) expect(plain.fold(x, foldForMatch)).toBe(foldForMatch(x));
          for (const x of durations) expect(cached.ms(x)).toBe(durationMsOf(x));
        },
      ),
      { numRuns: 40, seed: 18 },
    );
  });
});

describe('the prepared evaluator, cached ≡ uncached ≡ a plain call (#14)', () => {
  // The whole evaluation: compiled facts parser, parameters per version, the codec and the word memo. A
  // configuration with a dated version makes the parameters' version depend on the facts.
  const config = {
    zone: 'Asia/Shanghai',
    versions: [{ validFrom: '2025-01-01', warningShare: 0.5 }],
  };
  for (const asOf of [undefined, '2026-05-01T00:00:00+08:00']) {
    it(`property: every rule on random facts answers the same, asOf ${asOf ?? 'unset'}`, () => {
      const cached = new PreparedEvaluator({ config });
      const uncached = new PreparedEvaluator({ config, caches: false });
      const on = cached.options(asOf);
      const off = uncached.options(asOf);
      const plainOptions = asOf === undefined ? { config } : { asOf, config };
      let evaluated = 0;
      for (const rule of rules) {
        fc.assert(
          fc.property(asks(factsLike(rule)), (list) => {
            for (const facts of list) {
              const a = JSON.stringify(rule.run(facts, on));
              expect(JSON.stringify(rule.run(facts, off)), rule.id).toBe(a);
              expect(JSON.stringify(rule.run(facts, plainOptions)), rule.id).toBe(a);
              if (a.startsWith('{"ok":true')) evaluated += 1;
            }
          }),
          { numRuns: 4, seed: 19 },
        );
      }
      // Not vacuous: facts that evaluate are among them, not only rejections (random facts are mostly
      // rejected; the example office's audit, caches on and off, covers valid facts at scale).
      expect(evaluated).toBeGreaterThan(40);
    });
  }
});
