/**
 * A person-month's arrivals for P12 lateness, packed as the calls are (calls.ts): without `maxDelay` every
 * month stays open to the end of the log, and an object with two instant strings per shift was the largest
 * part of what a long log kept. An arrival is two numbers (shift start, arrival); its texts are kept only
 * when they are not what the zone's own formatting gives back, so the facts rebuilt at month end are the
 * log's own texts, byte for byte.
 */
import type { InstantCodec } from '../../kernel/instant-codec.js';
import { replacesArrival, sameShift } from '../../policies/p12-staff-scoring/arrivals.js';
import { canonical, keptText, type PackedState, packedFromState, packedToState } from './calls.js';

/** One arrival as P12.monthly-score's `lateness` facts. */
export interface LatenessFacts {
  shiftStart: string;
  arrivedAt: string;
  employee: string;
}

export class LatenessList {
  /** Shift start ms, arrival ms — two numbers per arrival, in arrival order. */
  private packed: number[] = [];
  /** Texts that differ from `canonical`, by arrival index. */
  private odd: Map<number, { shiftStart?: string; arrivedAt?: string }> | undefined;

  /** Plain data for a checkpoint (state.ts): the numbers (an unreadable instant as null) and the kept texts. */
  toState(): PackedState<{ shiftStart?: string; arrivedAt?: string }> {
    return packedToState(this.packed, this.odd);
  }

  static fromState(state: PackedState<{ shiftStart?: string; arrivedAt?: string }>): LatenessList {
    const list = new LatenessList();
    const { packed, odd } = packedFromState(state);
    list.packed = packed;
    list.odd = odd;
    return list;
  }

  get length(): number {
    return this.packed.length / 2;
  }

  /**
   * `shiftMs`/`arrivedMs`: the instants the texts parse to (NaN if one does not: its text is kept). A shift
   * is arrived at once (P12 4.2.2(3), the rule's `sameShift` and `replacesArrival`): a second arrival for
   * the same shift keeps only the earliest. A person-month holds a few dozen arrivals: a look through them is
   * cheaper than an index.
   */
  push(
    shiftStart: string,
    shiftMs: number,
    arrivedAt: string,
    arrivedMs: number,
    zone: string,
    time: InstantCodec,
  ): void {
    const p = this.packed;
    for (let i = 0; i < p.length; i += 2) {
      if (!sameShift(shiftMs, p[i] ?? Number.NaN)) continue;
      if (!replacesArrival(p[i + 1] ?? Number.NaN, arrivedMs)) return;
      this.set(i / 2, shiftStart, shiftMs, arrivedAt, arrivedMs, zone, time);
      return;
    }
    this.set(this.length, shiftStart, shiftMs, arrivedAt, arrivedMs, zone, time);
  }

  private set(
    index: number,
    shiftStart: string,
    shiftMs: number,
    arrivedAt: string,
    arrivedMs: number,
    zone: string,
    time: InstantCodec,
  ): void {
    this.packed[index * 2] = shiftMs;
    this.packed[index * 2 + 1] = arrivedMs;
    const oddStart = keptText(shiftStart, shiftMs, zone, time);
    const oddArrival = keptText(arrivedAt, arrivedMs, zone, time);
    if (oddStart !== undefined || oddArrival !== undefined) {
      this.odd ??= new Map();
      this.odd.set(index, {
        ...(oddStart !== undefined && { shiftStart: oddStart }),
        ...(oddArrival !== undefined && { arrivedAt: oddArrival }),
      });
    } else this.odd?.delete(index);
  }

  /**
   * The arrivals as facts, with the log's own texts, in the order of their shift start texts (arrivals
   * with the same text in arrival order): the score must not depend on the order lines came in.
   */
  byShiftStart(employee: string, zone: string, time: InstantCodec): LatenessFacts[] {
    const out: LatenessFacts[] = [];
    const p = this.packed;
    for (let i = 0; i < p.length; i += 2) {
      const odd = this.odd?.get(i / 2);
      out.push({
        shiftStart: odd?.shiftStart ?? canonical(p[i] ?? 0, zone, time),
        arrivedAt: odd?.arrivedAt ?? canonical(p[i + 1] ?? 0, zone, time),
        employee,
      });
    }
    return out.sort((a, b) => (a.shiftStart < b.shiftStart ? -1 : a.shiftStart > b.shiftStart ? 1 : 0));
  }
}
