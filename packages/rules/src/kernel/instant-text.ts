/**
 * Instants formatted for results and explanations, remembered: a timed verdict formats its due time for
 * the explanation and again for the result, and many obligations share a due time (the end of a day) or
 * an `asOf`. A small direct-mapped cache in front of `formatInstant` (pure in its two arguments).
 */
import { formatInstant } from './time.js';

const SLOTS = 512;
const MASK = SLOTS - 1;

const isoMs = new Float64Array(SLOTS).fill(Number.NaN);
const isoZone: string[] = new Array<string>(SLOTS).fill('');
const isoText: string[] = new Array<string>(SLOTS).fill('');

const localMs = new Float64Array(SLOTS).fill(Number.NaN);
const localZone: string[] = new Array<string>(SLOTS).fill('');
const localTextOf: string[] = new Array<string>(SLOTS).fill('');

/** A slot for an instant: whole seconds mixed (instants are mostly whole minutes or a day's last ms). */
function slotOf(ms: number): number {
  const s = Math.floor(ms / 1000) | 0;
  return (s ^ (s >>> 9) ^ (s >>> 17)) & MASK;
}

/** `formatInstant(ms, zone)`, remembered. */
export function isoInstant(ms: number, zone: string): string {
  const slot = slotOf(ms);
  if (isoMs[slot] === ms && isoZone[slot] === zone) return isoText[slot] as string;
  const text = formatInstant(ms, zone);
  isoMs[slot] = ms;
  isoZone[slot] = zone;
  isoText[slot] = text;
  return text;
}

/** `2026-11-27 15:00` in the zone, for explanations; remembered. */
export function localInstantText(ms: number, zone: string): string {
  const slot = slotOf(ms);
  if (localMs[slot] === ms && localZone[slot] === zone) return localTextOf[slot] as string;
  const iso = isoInstant(ms, zone);
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  localMs[slot] = ms;
  localZone[slot] = zone;
  localTextOf[slot] = text;
  return text;
}
