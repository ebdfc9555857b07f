/**
 * 投訴 3: 24小時值班制度。
 * The complaint desk keeps a 24-hour duty: a day's roster covers all 24 hours with no gap. Any shift pattern
 * does (two 12-hour shifts, three of 8, one of 24): unlike P14.three-shifts (P14 1.2.1, 三班制), the seed
 * here counts no shifts. Shifts are local wall-clock times 'HH:MM', start inclusive and end exclusive; an end
 * at or before the start runs past midnight, and 00:00–24:00 is a whole day. Overlaps (handover time) are
 * reported as a warning, never a breach: the clause asks for cover, not for shifts that only touch.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Warning } from '../../kernel/result.js';
import { DAY_MINUTES, dayCoverage, describeSpans, shiftSchema } from '../p14-attendance-rosters/shift-times.js';

export const complaintDuty = defineRule({
  id: 'P01.complaint-duty',
  policy: 'P01',
  clause: '投訴 3',
  seedLines: [13, 13],
  kind: 'check',
  title: { en: 'The complaint desk is on duty 24 hours a day', zh: '24小时值班制度' },
  facts: z
    .object({
      shifts: z
        .array(shiftSchema)
        .min(1)
        .max(24)
        .meta({ description: "the day's duty shifts, any number", zh: '当天的值班班次（班数不限）' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const value = dayCoverage(f.shifts);
    const gapMinutes = DAY_MINUTES - value.coveredMinutes;
    const measured = { value: gapMinutes, unit: 'minute' as const };
    const target = { value: 0, unit: 'minute' as const, comparator: '<=' as const };
    const warnings: Warning[] =
      value.overlaps.length === 0
        ? []
        : [
            {
              code: 'shift-overlap',
              en: `The shifts overlap ${describeSpans(value.overlaps)}`,
              zh: `班次重叠：${describeSpans(value.overlaps)}`,
            },
          ];
    const n = f.shifts.length;
    const count = { en: n === 1 ? '1 shift' : `${n} shifts`, zh: `${n}个班次` };
    if (value.gaps.length === 0) {
      return {
        status: 'met',
        value,
        measured,
        target,
        warnings,
        explanation: {
          en: `The duty roster's ${count.en} cover all 24 hours with no gap`,
          zh: `值班表的${count.zh}覆盖全天24小时，无空档`,
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
        en: `No 24-hour duty: uncovered ${describeSpans(value.gaps)} (${gapMinutes} min); ${NO_SANCTION_TO_CORRECT.en}`,
        zh: `未做到24小时值班：${describeSpans(value.gaps)}无人值班（共${gapMinutes}分钟）；${NO_SANCTION_TO_CORRECT.zh}`,
      },
    };
  },
});
