/**
 * Local wall-clock shift times for P14.three-shifts and P01.complaint-duty: 'HH:MM' (00:00–23:59, and 24:00
 * as an end), minutes on a 24-hour circle, and the runs of a coverage count (gaps, single cover, overlaps)
 * around it.
 */
import * as z from 'zod';
import { badFact } from '../../kernel/errors.js';

export const DAY_MINUTES = 1440;

const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'expected a local time HH:MM (00:00–24:00)' })
  .meta({ description: "local wall-clock time 'HH:MM'", zh: "当地钟点 'HH:MM'" });

function minutesOf(text: string): number {
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

function spanOf(run: Run): Span {
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

/** One shift of a day's roster: local wall-clock times, start inclusive, end exclusive. */
export const shiftSchema = z
  .object({
    start: clockTime.meta({ description: "local start time 'HH:MM'", zh: "当地开始时间 'HH:MM'" }),
    end: clockTime.meta({
      description: "local end time 'HH:MM' (at or before the start: the next day)",
      zh: "当地结束时间 'HH:MM'（不晚于开始时间：次日）",
    }),
    name: z.string().max(40).optional().meta({ description: 'e.g. 早班 / day shift', zh: '例如 早班 / 中班' }),
  })
  .strict();

/** How a day's shifts cover its 24 hours: the gaps, the overlaps, and the minutes covered. */
export interface ShiftCoverage {
  readonly gaps: readonly Span[];
  readonly overlaps: readonly Span[];
  readonly coveredMinutes: number;
}

/**
 * The coverage of a day's shifts. An end at or before the start runs past midnight (22:00–06:00), and
 * 00:00–24:00 is a whole day; a shift starting at 24:00 or ending at its start is refused (`shifts[i]`).
 */
export function dayCoverage(shifts: readonly z.infer<typeof shiftSchema>[]): ShiftCoverage {
  // Each shift as one or two segments of the day (two when it crosses midnight).
  const segments: [number, number][] = [];
  shifts.forEach((s, i) => {
    if (s.start === '24:00') throw badFact(['shifts', i, 'start'], '24:00 is only an end time; use 00:00');
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    if (end === start) throw badFact(['shifts', i, 'end'], 'equals the start; write 00:00–24:00 for a whole day');
    const length = s.end === '24:00' && start === 0 ? DAY_MINUTES : (end - start + DAY_MINUTES) % DAY_MINUTES;
    if (start + length <= DAY_MINUTES) segments.push([start, start + length]);
    else segments.push([start, DAY_MINUTES], [0, start + length - DAY_MINUTES]);
  });
  const runs = coverageRunsOfSegments(segments);
  const gaps = runs.filter((r) => r.cover === 0).map(spanOf);
  const overlaps = runs.filter((r) => r.cover > 1).map(spanOf);
  const gapMinutes = gaps.reduce((sum, g) => sum + g.minutes, 0);
  return { gaps, overlaps, coveredMinutes: DAY_MINUTES - gapMinutes };
}
