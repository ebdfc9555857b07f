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
import { joinClauses } from '../../kernel/helpers.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { NO_PENALTY } from './consequence.js';
import { DAY_MINUTES, dayCoverage, describeSpans, type ShiftCoverage, shiftSchema } from './shift-times.js';

export type { ShiftCoverage } from './shift-times.js';

export const threeShifts = defineRule({
  id: 'P14.three-shifts',
  policy: 'P14',
  clause: '1.2.1',
  seedLines: [480, 480],
  kind: 'check',
  title: { en: 'Three shifts cover all 24 hours', zh: '值班三班制覆盖全天24小时' },
  facts: z
    .object({
      shifts: z.array(shiftSchema).max(24).meta({ description: "the day's shifts", zh: '当天的班次' }),
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
    const value: ShiftCoverage = dayCoverage(f.shifts);
    const { gaps, overlaps } = value;
    const gapMinutes = DAY_MINUTES - value.coveredMinutes;
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
