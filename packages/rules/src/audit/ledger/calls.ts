/**
 * A person-month's calls for P12 phone use, packed: without `maxDelay` every month stays open to the end
 * of the log, and one object and two instant strings per call were most of the audit's memory. A call is
 * three numbers (start, end, flags); its instant texts are kept only when they are not what the zone's
 * own formatting gives back (another offset, milliseconds), so the facts rebuilt at month end are the
 * log's own texts, byte for byte.
 */
import type { InstantCodec } from '../../kernel/instant-codec.js';

export interface CallFacts {
  direction: 'outside' | 'inside';
  start: string;
  end: string;
  special?: boolean;
}

const INSIDE = 1;
const SPECIAL_GIVEN = 2;
const SPECIAL = 4;

/** `2026-03-02T09:15:00+08:00`: the zone's formatting, without milliseconds when they are zero. */
export function canonical(ms: number, zone: string, time: InstantCodec): string {
  return time.formatShort(ms, zone);
}

/**
 * Whether `text`, which parses to `ms`, is what `canonical(ms, zone)` gives — without formatting: a
 * `YYYY-MM-DDTHH:MM:SS±HH:MM` text (years 1000–9999) whose offset is the zone's at that instant has the
 * same local fields as the zone's formatting of the same instant. Anything else is formatted and compared.
 */
export function isCanonical(text: string, ms: number, zone: string, time: InstantCodec): boolean {
  if (text.length === 25 && text.charCodeAt(16) === 58 && text.charCodeAt(22) === 58 && text.charCodeAt(0) !== 48) {
    const sign = text.charCodeAt(19);
    if (sign === 43 || sign === 45) {
      const minutes =
        (text.charCodeAt(20) - 48) * 600 +
        (text.charCodeAt(21) - 48) * 60 +
        (text.charCodeAt(23) - 48) * 10 +
        (text.charCodeAt(24) - 48);
      const offset = time.offsetAt(zone, ms);
      // `ms` has no milliseconds (the text has none), and −00:00 is not how the zone's +00:00 is written.
      if (ms % 1000 === 0 && (sign === 45 ? minutes !== 0 && -minutes === offset : minutes === offset)) return true;
    }
  }
  return text === canonical(ms, zone, time);
}

/**
 * The text to keep beside a packed instant: `undefined` when `canonical(ms, zone)` gives it back, else the
 * text itself (another offset, milliseconds, or an instant that is not a number).
 */
export function keptText(text: string, ms: number, zone: string, time: InstantCodec): string | undefined {
  return Number.isFinite(ms) && isCanonical(text, ms, zone, time) ? undefined : text;
}

/**
 * A packed list as plain data (a checkpoint, state.ts): its numbers, an instant that is not one (NaN, which
 * JSON cannot hold) as null, and its kept texts as `[index, texts]` pairs.
 */
export interface PackedState<T> {
  readonly packed: readonly (number | null)[];
  readonly odd: readonly (readonly [number, T])[];
}

export function packedToState<T>(packed: readonly number[], odd: ReadonlyMap<number, T> | undefined): PackedState<T> {
  return {
    packed: packed.map((n) => (Number.isFinite(n) ? n : null)),
    odd: odd === undefined ? [] : [...odd.entries()],
  };
}

export function packedFromState<T>(state: PackedState<T>): { packed: number[]; odd: Map<number, T> | undefined } {
  return {
    packed: state.packed.map((n) => n ?? Number.NaN),
    odd: state.odd.length === 0 ? undefined : new Map(state.odd.map(([i, t]) => [i, t] as [number, T])),
  };
}

export class CallList {
  /** start ms, end ms, flags — three numbers per call, in arrival order. */
  private packed: number[] = [];
  /** Texts that differ from `canonical`, by call index. */
  private odd: Map<number, { start?: string; end?: string }> | undefined;

  /** Plain data for a checkpoint (state.ts). */
  toState(): PackedState<{ start?: string; end?: string }> {
    return packedToState(this.packed, this.odd);
  }

  static fromState(state: PackedState<{ start?: string; end?: string }>): CallList {
    const list = new CallList();
    const { packed, odd } = packedFromState(state);
    list.packed = packed;
    list.odd = odd;
    return list;
  }

  get length(): number {
    return this.packed.length / 3;
  }

  push(call: CallFacts, startMs: number, endMs: number, zone: string, time: InstantCodec): void {
    const index = this.length;
    let flags = call.direction === 'inside' ? INSIDE : 0;
    if (call.special !== undefined) flags |= SPECIAL_GIVEN | (call.special ? SPECIAL : 0);
    this.packed.push(startMs, endMs, flags);
    const oddStart = keptText(call.start, startMs, zone, time);
    const oddEnd = keptText(call.end, endMs, zone, time);
    if (oddStart !== undefined || oddEnd !== undefined) {
      this.odd ??= new Map();
      this.odd.set(index, {
        ...(oddStart !== undefined && { start: oddStart }),
        ...(oddEnd !== undefined && { end: oddEnd }),
      });
    }
  }

  /**
   * The calls as P12.phone-use facts, with the log's own texts, in the order of their start texts (calls
   * that start at the same text in arrival order).
   */
  byStart(zone: string, time: InstantCodec): CallFacts[] {
    const out: CallFacts[] = [];
    const p = this.packed;
    // Whether the start texts are already in order, known from the numbers: starts in arrival order that
    // never decrease, all rebuilt as `YYYY-MM-DDTHH:MM:SS` (years 1000–9999) and one offset, are texts that never decrease.
    let ordered = true;
    let previous = Number.NEGATIVE_INFINITY;
    let offset = Number.NaN;
    for (let i = 0; i < p.length; i += 3) {
      const start = p[i] ?? 0;
      const flags = p[i + 2] ?? 0;
      const odd = this.odd?.get(i / 3);
      const startText = odd?.start ?? canonical(start, zone, time);
      const call: CallFacts = {
        direction: (flags & INSIDE) !== 0 ? 'inside' : 'outside',
        start: startText,
        end: odd?.end ?? canonical(p[i + 1] ?? 0, zone, time),
      };
      if ((flags & SPECIAL_GIVEN) !== 0) call.special = (flags & SPECIAL) !== 0;
      out.push(call);
      if (ordered) {
        const startOffset = time.offsetAt(zone, start);
        if (i === 0) offset = startOffset;
        ordered =
          start >= previous &&
          odd?.start === undefined &&
          startText.length === 25 &&
          startText.charCodeAt(0) !== 45 &&
          start % 1000 === 0 &&
          Number.isInteger(startOffset) &&
          startOffset === offset;
        previous = start;
      }
    }
    if (!ordered) out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    return out;
  }
}
