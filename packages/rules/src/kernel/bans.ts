/**
 * Bans on conduct during work that several policies state in their own words (P01 行為 7, 9; P08 4.1(3)(9);
 * P14 1.2.2): leaving before the shift ends, private calls, smoking, snacking, leaving or wandering from the
 * post. Each policy's rule cites its own clause and consequence; the verdicts they share are built here so
 * the policies cannot judge the same act differently.
 */
import * as z from 'zod';
import type { RuleContext, Verdict } from './define-rule.js';
import { at } from './helpers.js';
import type { Bilingual } from './result.js';
import { instant } from './schemas.js';

const MINUTE = 60_000;

/** The employee a ban's finding names, for the explanation and the ledger. */
export const employeeFact = z
  .string()
  .min(1)
  .optional()
  .meta({ description: 'the employee (for the explanation)', zh: '员工（用于说明）' });

/** The facts of leaving early (早退): the shift's scheduled end and when the employee left. */
export const earlyLeaveFacts = z
  .object({
    shiftEnd: instant.meta({ description: 'when the shift was scheduled to end', zh: '班次规定的下班时间' }),
    leftAt: instant.meta({ description: 'when the employee left work', zh: '员工离开工作岗位下班的时间' }),
    employee: employeeFact,
  })
  .strict();

/**
 * Leaving before the shift's end is breached, by how many minutes; at or after the end it is met. There is no
 * grace: the seed's 不早退 and 嚴格遵守作息時間 allow none. `consequence` is the policy's own.
 */
export function earlyLeaveVerdict(
  f: z.output<typeof earlyLeaveFacts>,
  ctx: Pick<RuleContext<unknown>, 'zone' | 'words' | 'time'>,
  consequence: Bilingual,
): Verdict<never> {
  const end = at(f.shiftEnd);
  const left = at(f.leftAt);
  const early = Math.max(0, end - left);
  const measured = { value: Math.round((early / MINUTE) * 100) / 100, unit: 'minute' as const };
  const target = { value: 0, unit: 'minute' as const, comparator: '<=' as const };
  const when = ctx.time.localText(left, ctx.zone);
  const endText = ctx.time.localText(end, ctx.zone);
  if (early === 0) {
    return {
      status: 'met',
      measured,
      target,
      explanation: {
        en: `Left at ${when}, not before the shift's end at ${endText}`,
        zh: `于${when}下班，未早于规定下班时间${endText}`,
      },
    };
  }
  const by = ctx.words.duration(early);
  return {
    status: 'breached',
    measured,
    target,
    explanation: {
      en: `Left at ${when}, ${by.en} before the shift's end at ${endText} (leaving early): ${consequence.en}`,
      zh: `于${when}离岗，早于规定下班时间${endText}共${by.zh}（早退）：${consequence.zh}`,
    },
  };
}

/** A banned act observed on duty: breached, naming the act and the ban, then the policy's consequence. */
export function banBreached(act: Bilingual, ban: Bilingual, consequence: Bilingual): Verdict<never> {
  return {
    status: 'breached',
    measured: { value: 1, unit: 'count' },
    target: { value: 0, unit: 'count', comparator: '=' },
    explanation: {
      en: `${act.en} on duty, which ${ban.en} forbids: ${consequence.en}`,
      zh: `当班期间${act.zh}，违反${ban.zh}的禁令：${consequence.zh}`,
    },
  };
}
