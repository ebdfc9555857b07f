/**
 * The instant codec: parsing and formatting instants, zone offsets and local days, with everything it
 * remembers held in the object, never in the module. Whoever needs speed (the audit, a prepared
 * evaluator) creates one and passes it down; `time.ts`'s plain functions stay pure and remember nothing.
 * `new InstantCodec({ caches: false })` answers from the plain functions alone: tests hold the two equal.
 */
import {
  DAY,
  type DayTexts,
  dayFromYmd,
  formatWithOffset,
  HOUR,
  MINUTE,
  parseInstant,
  type YearMonth,
} from './time.js';
import { newZoneFormatter, offsetWith, type ZoneFormatter } from './zone-offset.js';

export interface InstantCodecOptions {
  /** `false`: remember nothing (every answer computed afresh, as the plain functions do). Default `true`. */
  readonly caches?: boolean;
}

const QUARTER_HOUR = 15 * MINUTE;
const BUCKETS_PER_DAY = 96;
/** ~22 years of days per zone (768 bytes each): a log of many years never clears it. */
const OFFSET_CACHE_DAYS = 8_000;
/** Zones are a few hundred names; a caller cycling through invalid ones must not grow the map forever. */
const FORMATTER_LIMIT = 1_000;
/** While `withMemo` runs: at most this many instants remembered by text. */
const MEMO_SIZE = 4096;
/** Formatted instants remembered in a direct-mapped table of this many slots (a power of two). */
const SLOTS = 512;
const MASK = SLOTS - 1;

/** A slot for an instant: whole seconds mixed (instants are mostly whole minutes or a day's last ms). */
function slotOf(ms: number): number {
  const s = Math.floor(ms / 1000) | 0;
  return (s ^ (s >>> 9) ^ (s >>> 17)) & MASK;
}

export class InstantCodec {
  readonly caches: boolean;

  // Intl formatters by zone: building one costs ~100 µs, formatting with it ~4 µs.
  private readonly formatters = new Map<string, ZoneFormatter | null>();

  // The last instants parsed: the same text is parsed several times over (an event's `at` by the event
  // check, then by the family), most often as the same string object. Four slots, newest first; plain
  // fields rather than an array and a loop, so that a miss costs nothing measurable.
  private text0 = '';
  private ms0: number | undefined;
  private text1 = '';
  private ms1: number | undefined;
  private text2 = '';
  private ms2: number | undefined;
  private text3 = '';
  private ms3: number | undefined;
  /** While `withMemo` runs: every instant parsed or formatted, by text. */
  private memo: Map<string, number> | undefined;

  /**
   * Per zone, per UTC day: the offset (minutes; historical ones may be fractional) of each quarter-hour,
   * filled as they are asked for; NaN is not looked up yet.
   */
  private readonly offsets = new Map<string, Map<number, Float64Array>>();
  // The last zone and day asked for: most lookups are for the same zone, many for the same day.
  private lastZone = '';
  private lastPerZone: Map<number, Float64Array> | undefined;
  private lastDay = Number.NaN;
  private lastDayOffsets: Float64Array | undefined;

  // The last local day's text (`2026-03-02T`) and the last offset's (`+08:00`): instants are formatted in
  // runs of the same day and zone (a month's calls, an event's deadlines).
  private readonly texts: DayTexts = { day: Number.NaN, dayText: '', offset: Number.NaN, offsetText: '' };

  // `format`'s answers, remembered: a verdict formats its due time for the explanation and the result, and
  // many obligations share a due time (the end of a day) or an `asOf`.
  // (Empty with caches off: a plain call's codec allocates nothing it will not use.)
  private readonly isoMs: Float64Array;
  private readonly isoZone: string[];
  private readonly isoText: string[];
  private readonly localMs: Float64Array;
  private readonly localZone: string[];
  private readonly localTextOf: string[];

  constructor(options: InstantCodecOptions = {}) {
    this.caches = options.caches !== false;
    const slots = this.caches ? SLOTS : 0;
    this.isoMs = new Float64Array(slots).fill(Number.NaN);
    this.isoZone = new Array<string>(slots).fill('');
    this.isoText = new Array<string>(slots).fill('');
    this.localMs = new Float64Array(slots).fill(Number.NaN);
    this.localZone = new Array<string>(slots).fill('');
    this.localTextOf = new Array<string>(slots).fill('');
  }

  // ── parsing ──────────────────────────────────────────────────────────────────────────────────────

  /** `parseInstant(text)`, remembered. */
  parse(text: string): number | undefined {
    if (!this.caches || typeof text !== 'string') return parseInstant(text);
    const memo = this.memo;
    if (memo !== undefined) {
      const hit = memo.get(text);
      if (hit !== undefined) return hit;
      const ms = parseInstant(text);
      if (ms !== undefined) this.remember(memo, text, ms);
      return ms;
    }
    if (text === this.text0) return this.ms0;
    if (text === this.text1) return this.ms1;
    if (text === this.text2) return this.ms2;
    if (text === this.text3) return this.ms3;
    const ms = parseInstant(text);
    this.text3 = this.text2;
    this.ms3 = this.ms2;
    this.text2 = this.text1;
    this.ms2 = this.ms1;
    this.text1 = this.text0;
    this.ms1 = this.ms0;
    this.text0 = text;
    this.ms0 = ms;
    return ms;
  }

  /**
   * Run `fn` with every instant parsed or formatted remembered by text (dropped after). A month's close
   * parses the same few hundred texts several times over; the per-event path, where nearly every text is
   * new, has no memo.
   */
  withMemo<T>(fn: () => T): T {
    if (!this.caches || this.memo !== undefined) return fn();
    this.memo = new Map();
    try {
      return fn();
    } finally {
      this.memo = undefined;
    }
  }

  private remember(memo: Map<string, number>, text: string, ms: number): void {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, ms);
  }

  // ── zones ────────────────────────────────────────────────────────────────────────────────────────

  private formatterOf(zone: string): ZoneFormatter | null {
    if (!this.caches) return newZoneFormatter(zone);
    let dtf = this.formatters.get(zone);
    if (dtf === undefined) {
      dtf = newZoneFormatter(zone);
      if (this.formatters.size >= FORMATTER_LIMIT) this.formatters.clear();
      this.formatters.set(zone, dtf);
    }
    return dtf;
  }

  private zoneOffset(zone: string, ms: number): number {
    return offsetWith(this.formatterOf(zone), ms);
  }

  /**
   * The zone's offset for a whole UTC day when it does not change that day, else NaN (look up each
   * quarter-hour). Sampled every 6 hours and at the day's last minute: zones change offset at most a few
   * times a year, never twice within six hours.
   */
  private wholeDayOffset(zone: string, day: number): number {
    const start = day * DAY;
    const first = this.zoneOffset(zone, start);
    for (const at of [start + 6 * HOUR, start + 12 * HOUR, start + 18 * HOUR, start + DAY - MINUTE]) {
      if (this.zoneOffset(zone, at) !== first) return Number.NaN;
    }
    return first;
  }

  private dayOffsets(zone: string, day: number): Float64Array {
    let perZone = this.lastPerZone;
    if (zone !== this.lastZone || perZone === undefined) {
      perZone = this.offsets.get(zone);
      if (!perZone) {
        perZone = new Map();
        this.offsets.set(zone, perZone);
      }
      this.lastZone = zone;
      this.lastPerZone = perZone;
      this.lastDay = Number.NaN;
    }
    let offsets = perZone.get(day);
    if (offsets === undefined) {
      // Bounded: a long-running server sees every day of its history once.
      if (perZone.size >= OFFSET_CACHE_DAYS) perZone.clear();
      offsets = new Float64Array(BUCKETS_PER_DAY).fill(this.wholeDayOffset(zone, day));
      perZone.set(day, offsets);
    }
    this.lastDay = day;
    this.lastDayOffsets = offsets;
    return offsets;
  }

  /** The zone's UTC offset in minutes at an instant (NaN for a zone the runtime does not know). */
  offsetAt(zone: string, ms: number): number {
    if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
    if (!this.caches) return this.zoneOffset(zone, ms);
    const bucket = Math.floor(ms / QUARTER_HOUR);
    const day = Math.floor(bucket / BUCKETS_PER_DAY);
    const offsets =
      day === this.lastDay && zone === this.lastZone && this.lastDayOffsets !== undefined
        ? this.lastDayOffsets
        : this.dayOffsets(zone, day);
    const slot = bucket - day * BUCKETS_PER_DAY;
    const known = offsets[slot];
    if (known !== undefined && !Number.isNaN(known)) return known;
    // (An unknown zone's NaN is stored as not looked up: asked again, it is computed again.)
    const offset = this.zoneOffset(zone, ms);
    offsets[slot] = offset;
    return offset;
  }

  /** The local calendar day (day number) of an instant in a zone. */
  localDay(ms: number, zone: string): number {
    return Math.floor((ms + this.offsetAt(zone, ms) * MINUTE) / DAY);
  }

  /** The instant of a local wall-clock time (ms since local midnight of `day`) in a zone. */
  private instantOfLocal(day: number, msOfDay: number, zone: string): number {
    const local = day * DAY + msOfDay;
    const first = local - this.offsetAt(zone, local) * MINUTE;
    return local - this.offsetAt(zone, first) * MINUTE;
  }

  /** 23:59:59.999 local time of a day: the inclusive end every day-based deadline uses. */
  endOfLocalDay(day: number, zone: string): number {
    return this.instantOfLocal(day, DAY - 1, zone);
  }

  startOfLocalDay(day: number, zone: string): number {
    return this.instantOfLocal(day, 0, zone);
  }

  /** The instant a month (shifted by `months`) starts in the zone: local midnight of its first day. */
  startOfMonth(ym: YearMonth, zone: string, months = 0): number {
    return this.startOfLocalDay(dayFromYmd(ym.year, ym.month + months, 1), zone);
  }

  // ── formatting ───────────────────────────────────────────────────────────────────────────────────

  private formatLocal(ms: number, zone: string, zeroMillis: boolean): string {
    // ISO-8601 offsets are whole minutes: a historical local mean time (+08:05:43) is written rounded.
    const offset = Math.round(this.offsetAt(zone, ms));
    if (!this.caches) {
      return formatWithOffset(ms, offset, zeroMillis, {
        day: Number.NaN,
        dayText: '',
        offset: Number.NaN,
        offsetText: '',
      });
    }
    // Inside `withMemo`, a text that parses back to `ms` is remembered (it is about to be parsed): a year
    // of four digits, whole minutes of offset within ±18 h, whole milliseconds.
    const memo = this.memo;
    const remembered =
      memo !== undefined && Number.isInteger(offset) && Math.abs(offset) <= 18 * 60 && Number.isInteger(ms);
    const text = formatWithOffset(ms, offset, zeroMillis, this.texts);
    if (remembered && this.texts.dayText.length === 11) this.remember(memo, text, ms);
    return text;
  }

  /** ISO-8601 with milliseconds and the zone's offset, e.g. `2026-10-09T23:59:59.999+08:00`. */
  format(ms: number, zone: string): string {
    return this.formatLocal(ms, zone, true);
  }

  /** `format` without `.000` when the milliseconds are zero, e.g. `2026-03-02T09:15:00+08:00`. */
  formatShort(ms: number, zone: string): string {
    return this.formatLocal(ms, zone, false);
  }

  /** `format(ms, zone)`, remembered by instant. */
  iso(ms: number, zone: string): string {
    if (!this.caches) return this.format(ms, zone);
    const slot = slotOf(ms);
    if (this.isoMs[slot] === ms && this.isoZone[slot] === zone) return this.isoText[slot] as string;
    const text = this.format(ms, zone);
    this.isoMs[slot] = ms;
    this.isoZone[slot] = zone;
    this.isoText[slot] = text;
    return text;
  }

  /** `2026-11-27 15:00` in the zone, for explanations; remembered by instant. */
  localText(ms: number, zone: string): string {
    if (!this.caches) {
      const iso = this.format(ms, zone);
      return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    }
    const slot = slotOf(ms);
    if (this.localMs[slot] === ms && this.localZone[slot] === zone) return this.localTextOf[slot] as string;
    const iso = this.iso(ms, zone);
    const text = `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    this.localMs[slot] = ms;
    this.localZone[slot] = zone;
    this.localTextOf[slot] = text;
    return text;
  }
}
