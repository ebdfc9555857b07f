/**
 * A zone's UTC offset from the runtime's own IANA data (Intl), computed as luxon's `IANAZone` computes it
 * (a test holds the two equal). Luxon is not one tree-shakeable module: importing `IANAZone` alone put all
 * of it (71 KB minified, 22 KB gzipped) into every bundle of `@kefu/rules/calendar` and of each policy
 * entry, when the kernel needs only these two functions (#17, browser and edge bundles).
 */

/** One formatter per zone, built on first use: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Zones are a few hundred names; a caller cycling through invalid ones must not grow the map forever. */
const FORMATTER_LIMIT = 1_000;

function formatterOf(zone: string): Intl.DateTimeFormat {
  let dtf = formatters.get(zone);
  if (dtf === undefined) {
    dtf = new Intl.DateTimeFormat('en-US', {
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
    if (formatters.size >= FORMATTER_LIMIT) formatters.clear();
    formatters.set(zone, dtf);
  }
  return dtf;
}

/** Whether the runtime knows the zone (an IANA name such as `Asia/Shanghai`). */
export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    // The constructor throws a RangeError for a zone the runtime does not know.
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset in minutes at an instant (historical local-mean-time offsets are fractional); NaN for
 * a zone the runtime does not know or an instant it cannot format.
 */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  if (!isKnownZone(zone) || !Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) return Number.NaN;
  const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const { type, value } of formatterOf(zone).formatToParts(new Date(ms))) {
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
