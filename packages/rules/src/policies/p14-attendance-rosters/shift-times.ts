/**
 * Local wall-clock shift times for P14.three-shifts: 'HH:MM' (00:00–23:59, and 24:00 as an end), minutes
 * on a 24-hour circle, and the runs of a coverage count (gaps, single cover, overlaps) around it.
 */
import * as z from 'zod';

export const DAY_MINUTES = 1440;

export const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'expected a local time HH:MM (00:00–24:00)' })
  .meta({ description: "local wall-clock time 'HH:MM'", zh: "当地钟点 'HH:MM'" });

export function minutesOf(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

function clockText(minutes: number): string {
  const m = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface Span {
  /** 'HH:MM' local. */
  readonly start: string;
  /** 'HH:MM' local, exclusive; '24:00' for a span ending at midnight. */
  readonly end: string;
  readonly minutes: number;
}

interface Run {
  readonly from: number;
  readonly length: number;
  readonly cover: number;
}

/** Maximal runs of equal coverage, with a run crossing midnight joined into one. */
export function coverageRuns(cover: readonly number[]): Run[] {
  const runs: { from: number; length: number; cover: number }[] = [];
  for (let m = 0; m < cover.length; m += 1) {
    const c = cover[m] ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.cover === c) last.length += 1;
    else runs.push({ from: m, length: 1, cover: c });
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first && last && first.cover === last.cover) {
    runs.pop();
    first.from = last.from;
    first.length += last.length;
  }
  return runs;
}

/**
 * The same runs as `coverageRuns` over the minute-by-minute coverage of `segments` (minutes `from` to `to`,
 * end exclusive, within 0–1440), computed from the segments' ends rather than minute by minute.
 */
export function coverageRunsOfSegments(segments: readonly (readonly [number, number])[]): Run[] {
  const points: number[] = [0, DAY_MINUTES];
  for (const [from, to] of segments) points.push(from, to);
  points.sort((a, b) => a - b);
  const runs: { from: number; length: number; cover: number }[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (b === a) continue;
    let c = 0;
    for (const [from, to] of segments) if (from <= a && a < to) c += 1;
    const last = runs[runs.length - 1];
    if (last && last.cover === c) last.length += b - a;
    else runs.push({ from: a, length: b - a, cover: c });
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first && last && first.cover === last.cover) {
    runs.pop();
    first.from = last.from;
    first.length += last.length;
  }
  return runs;
}

export function spanOf(run: Run): Span {
  const endMinute = run.from + run.length;
  return {
    start: clockText(run.from),
    end: endMinute === DAY_MINUTES ? '24:00' : clockText(endMinute),
    minutes: run.length,
  };
}

export function describeSpans(spans: readonly Span[]): string {
  return spans.map((s) => `${s.start}–${s.end}`).join(', ');
}
