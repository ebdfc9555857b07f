/**
 * The shared shape of P13's calendar-day obligations (Ambiguities 6: 天/日 without 工作 are calendar days):
 * due at the end of the local day `days` after the start, measured in local calendar days.
 */
import { calendarDaysDeadline } from '../../kernel/deadline.js';
import type { RuleContext, Verdict } from '../../kernel/define-rule.js';
import { notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';

export interface CalendarDaysInput {
  /** Epoch ms the obligation starts. */
  readonly start: number;
  readonly startName: string;
  /** Epoch ms the action was done, if it was. */
  readonly doneAt: number | undefined;
  readonly donePath: string;
  readonly days: number;
  readonly action: Bilingual;
}

export function calendarDaysVerdict(input: CalendarDaysInput, ctx: RuleContext<unknown>): Verdict<never> {
  const { start, doneAt, days } = input;
  notBefore(doneAt, start, input.donePath, input.startName);
  const deadline = calendarDaysDeadline(start, days, ctx);
  const reference = doneAt ?? ctx.asOf;
  const measured =
    reference === undefined
      ? undefined
      : {
          value: Math.max(0, ctx.time.localDay(reference, ctx.zone) - ctx.time.localDay(start, ctx.zone)),
          unit: 'day' as const,
        };
  return timedVerdict({
    deadline,
    doneAt,
    ctx,
    action: input.action,
    ...(measured && { measured }),
    target: { value: days, unit: 'day', comparator: '<=' },
  });
}
