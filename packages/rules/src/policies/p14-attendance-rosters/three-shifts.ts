/**
 * 1.2.1: 公司實行值班三班制。
 * Reading (catalogue): the day's three shifts together cover all 24 hours without a gap. Shifts are local
 * wall-clock times 'HH:MM' (the roster's own form; no dates), start inclusive and end exclusive; an end at
 * or before the start runs past midnight (22:00–06:00), and 00:00–24:00 is a whole day. Gaps breach and
 * are reported by time; overlaps (handover time, cf. P08 4.7(1)) are reported as a warning, and breach only
 * when an organisation sets `overlapBreaches`. A roster with other than `shiftCount` (3) shifts breaches.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { joinClauses } from '../../kernel/helpers.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { NO_PENALTY } from './consequence.js';
import {
  clockTime,
  coverageRunsOfSegments,
  DAY_MINUTES,
  describeSpans,
  minutesOf,
  type Span,
  spanOf,
} from './shift-times.js';

export interface ShiftCoverage {
  readonly gaps: readonly Span[];
  readonly overlaps: readonly Span[];
  readonly coveredMinutes: number;
}

const shift = z
  .object({
    start: clockTime.meta({ description: "local start time 'HH:MM'", zh: "当地开始时间 'HH:MM'" }),
    end: clockTime.meta({
      description: "local end time 'HH:MM' (at or before the start: the next day)",
      zh: "当地结束时间 'HH:MM'（不晚于开始时间：次日）",
    }),
    name: z.string().max(40).optional().meta({ description: 'e.g. 早班 / day shift', zh: '例如 早班 / 中班' }),
  })
  .strict();

export const threeShifts = defineRule({
  id: 'P14.three-shifts',
  policy: 'P14',
  clause: '1.2.1',
  seedLines: [480, 480],
  kind: 'check',
  title: { en: 'Three shifts cover all 24 hours', zh: '值班三班制覆盖全天24小时' },
  facts: z
    .object({
      shifts: z.array(shift).max(24).meta({ description: "the day's shifts", zh: '当天的班次' }),
    })
    .strict(),
  params: z
    .object({
      shiftCount: z
        .number()
        .int()
        .min(1)
        .max(12)
        .default(3)
        .meta({ description: 'shifts a day (三班制 = 3)', zh: '每天的班数（三班制 = 3）' }),
      overlapBreaches: z
        .boolean()
        .default(false)
        .meta({ description: 'treat overlapping shifts as a breach', zh: '班次重叠视为违规' }),
    })
    .strict(),
  evaluate(f, ctx) {
    const p = ctx.params;
    // Each shift as one or two segments of the day (two when it crosses midnight).
    const segments: [number, number][] = [];
    f.shifts.forEach((s, i) => {
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
    const value: ShiftCoverage = { gaps, overlaps, coveredMinutes: DAY_MINUTES - gapMinutes };
    const faults: Bilingual[] = [];
    if (f.shifts.length !== p.shiftCount) {
      faults.push({
        en: `${f.shifts.length} shift(s) instead of ${p.shiftCount}`,
        zh: `排了${f.shifts.length}个班次，而非${p.shiftCount}个`,
      });
    }
    if (gaps.length) {
      faults.push({
        en: `uncovered ${describeSpans(gaps)} (${gapMinutes} min)`,
        zh: `${describeSpans(gaps)}无人值班（共${gapMinutes}分钟）`,
      });
    }
    const warnings: Warning[] = [];
    if (overlaps.length) {
      const text = { en: `shifts overlap ${describeSpans(overlaps)}`, zh: `班次重叠：${describeSpans(overlaps)}` };
      if (p.overlapBreaches) faults.push(text);
      else warnings.push({ code: 'shift-overlap', en: `The ${text.en}`, zh: text.zh });
    }
    const measured = { value: gapMinutes, unit: 'minute' as const };
    const target = { value: 0, unit: 'minute' as const, comparator: '<=' as const };
    if (faults.length === 0) {
      return {
        status: 'met',
        value,
        measured,
        target,
        warnings,
        explanation: {
          en: `The ${p.shiftCount} shifts cover all 24 hours with no gap`,
          zh: `${p.shiftCount}个班次覆盖全天24小时，无空档`,
        },
      };
    }
    return {
      status: 'breached',
      value,
      measured,
      target,
      warnings,
      explanation: {
        en: `The roster is not a gapless ${p.shiftCount}-shift day: ${joinClauses(faults).en}; ${NO_PENALTY.en}`,
        zh: `排班未做到${p.shiftCount}班无空档：${joinClauses(faults).zh}；${NO_PENALTY.zh}`,
      },
    };
  },
});
