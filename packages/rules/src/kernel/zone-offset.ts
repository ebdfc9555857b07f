/**
 * A zone's UTC offset from the runtime's own IANA data (Intl), computed as luxon's `IANAZone` computes it
 * (a test holds the two equal). Luxon is not one tree-shakeable module: importing `IANAZone` alone put all
 * of it (71 KB minified, 22 KB gzipped) into every bundle of `@kefu/rules/calendar` and of each policy
 * entry, when the kernel needs only these functions (#17, browser and edge bundles).
 *
 * Nothing is remembered here: building a formatter costs ~100 µs, so whoever asks often keeps its own
 * (the instant codec keeps one per zone).
 */

/** The formatter that reads a zone's wall clock; built by `newZoneFormatter`. */
export type ZoneFormatter = Intl.DateTimeFormat;

/** The configuration's default zone (`orgConfigSchema`): its formatter is built once, as the module loads. */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** A formatter for the zone, or `null` when the runtime does not know it. */
export function newZoneFormatter(zone: string): ZoneFormatter | null {
  if (zone === DEFAULT_ZONE) return DEFAULT_FORMATTER;
  return buildFormatter(zone);
}

function buildFormatter(zone: string): ZoneFormatter | null {
  if (!zone) return null;
  try {
    // The constructor throws a RangeError for a zone the runtime does not know.
    return new Intl.DateTimeFormat('en-US', {
      hour12: false,
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
  } catch {
    return null;
  }
}

/**
 * The default zone's formatter, built as the module loads and never changed (an `Intl.DateTimeFormat` is
 * immutable): a plain call in the default zone — most of them — then costs no formatter (~100 µs).
 */
const DEFAULT_FORMATTER = buildFormatter(DEFAULT_ZONE);

/** The years the library handles (`FIRST_YEAR`–`LAST_YEAR` in time.ts; not imported: time.ts imports this). */
const SCAN_FROM_YEAR = 1970;
const SCAN_TO_YEAR = 2100;

/**
 * The default zone's offset from its last change to the end of the years the library handles, read from
 * the runtime's zone data once as the module loads (two readings a year, ~1 ms) and never changed: a plain
 * call then reads an offset without formatting a date (Intl's parts cost ~5 µs, several times a call).
 * Asia/Shanghai kept daylight saving time until 1991: from 1992 it is +08:00. A half-year sample catches
 * daylight saving time and any lasting change; an instant outside the period is read from Intl as before.
 */
const DEFAULT_STABLE = ((): { readonly from: number; readonly to: number; readonly offset: number } => {
  const at = (year: number, month: number) => Date.UTC(year, month, 1);
  const offset = offsetFromParts(DEFAULT_FORMATTER, at(SCAN_TO_YEAR, 6));
  let year = SCAN_TO_YEAR;
  while (
    year > SCAN_FROM_YEAR &&
    offsetFromParts(DEFAULT_FORMATTER, at(year, 0)) === offset &&
    offsetFromParts(DEFAULT_FORMATTER, at(year, 6)) === offset
  ) {
    year -= 1;
  }
  // `year` is the last one with another offset in it (or the scan's first): stable from the year after.
  return { from: at(year + 1, 0), to: at(SCAN_TO_YEAR + 1, 0), offset };
})();

/**
 * The runtime's canonical zone names, listed once as the module loads (immutable): checking a zone is then
 * a lookup. A name not listed (an alias such as `Asia/Calcutta`, `UTC`) is asked of the runtime.
 */
const CANONICAL_ZONES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [],
);

/** Whether the runtime knows the zone (an IANA name such as `Asia/Shanghai`). */
export function isKnownZone(zone: string): boolean {
  return CANONICAL_ZONES.has(zone) || newZoneFormatter(zone) !== null;
}

/**
 * The offset in minutes at an instant of the zone `formatter` reads (historical local-mean-time offsets are
 * fractional); NaN for no formatter (an unknown zone) or an instant it cannot format.
 */
export function offsetWith(formatter: ZoneFormatter | null, ms: number): number {
  // The default zone since its last change of offset (Asia/Shanghai: 1992 on): the offset, no formatting.
  if (formatter === DEFAULT_FORMATTER && ms >= DEFAULT_STABLE.from && ms < DEFAULT_STABLE.to) {
    return DEFAULT_STABLE.offset;
  }
  return offsetFromParts(formatter, ms);
}

/** The offset as the formatter reads it (Intl's parts: ~5 µs a call). */
export function offsetFromParts(formatter: ZoneFormatter | null, ms: number): number {
  if (formatter === null || !Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) return Number.NaN;
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const { type, value } of formatter.formatToParts(new Date(ms))) {
    if (type === 'era') bc = value === 'BC';
    else if (type in fields) fields[type as keyof typeof fields] = Number.parseInt(value, 10);
  }
  const year = bc ? -Math.abs(fields.year) + 1 : fields.year;
  const hour = fields.hour === 24 ? 0 : fields.hour;
  const wall = new Date(Date.UTC(2000, 0, 1, hour, fields.minute, fields.second));
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  wall.setUTCFullYear(year, fields.month - 1, fields.day);
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return (wall.getTime() - wholeSeconds) / 60_000;
}

/** The zone's offset in minutes at an instant; NaN for a zone the runtime does not know. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  return offsetWith(newZoneFormatter(zone), ms);
}
