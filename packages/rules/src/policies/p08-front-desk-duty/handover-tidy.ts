/**
 * 4.7 6): 交班時，交班人員在交班前15分鐘將前臺物品擺放整齊有序，臺面、轉椅干凈無灰塵、無雜物。
 * Reading (catalogue): the outgoing shift starts tidying the desk no later than 15 minutes before the
 * handover, inclusive (starting exactly 15:00 before is met, 14:59 before is breached). The seed gives no
 * window for `at-risk`: it opens at `shiftStart` when given, else `watchWindow` (1 h) before the due time.
 */
import * as z from 'zod';
import { instantDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, round2, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDuration } from '../../kernel/schemas.js';
import { MINUTE } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const handoverTidy = defineRule({
  id: 'P08.handover-tidy',
  policy: 'P08',
  clause: '4.7(6)',
  seedLines: [212, 212],
  kind: 'check',
  title: { en: 'Outgoing shift tidies the desk from 15 minutes before handover', zh: '交班前15分钟整理前台' },
  facts: z
    .object({
      shiftEnd: instant.meta({ description: 'the handover: when the outgoing shift ends', zh: '交接：交班的结束时间' }),
      tidyStartedAt: instant
        .optional()
        .meta({ description: 'when the outgoing employee started tidying the desk', zh: '交班员工开始整理前台的时间' }),
      shiftStart: instant.optional().meta({
        description: 'when the outgoing shift started (opens the window for at-risk)',
        zh: '交班的开始时间（开启临近超时的时段）',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      lead: isoDuration('PT15M', { min: 'PT1M', max: 'PT2H' }).meta({
        description: 'start tidying this long before handover',
        zh: '交接前多久开始整理',
      }),
      watchWindow: isoDuration('PT1H', { min: 'PT1M', max: 'P1D' }).meta({
        description: 'without shiftStart, the at-risk window opens this long before the due time (not from the seed)',
        zh: '没有 shiftStart 时，临近超时的时段在期限前多久开始（非原文）',
      }),
    })
    .strict(),
  startOf: (f) => at(f.shiftEnd),
  evaluate(f, ctx) {
    const end = at(f.shiftEnd);
    const started = atOpt(f.tidyStartedAt);
    const shiftStart = atOpt(f.shiftStart);
    if (shiftStart !== undefined && shiftStart >= end) throw badFact(['shiftEnd'], 'must be after shiftStart');
    if (shiftStart !== undefined && started !== undefined && started < shiftStart) {
      throw badFact(['tidyStartedAt'], 'must not be before shiftStart');
    }
    const lead = ctx.words.ms(ctx.params.lead);
    const dueAt = end - lead;
    const windowStart = shiftStart ?? dueAt - ctx.words.ms(ctx.params.watchWindow);
    const leadText = ctx.words.duration(lead);
    const deadline = instantDeadline(dueAt, windowStart, {
      en: `${leadText.en} before the handover at ${ctx.time.localText(end, ctx.zone)}`,
      zh: `交班（${ctx.time.localText(end, ctx.zone)}）前${leadText.zh}`,
    });
    const verdict = timedVerdict({
      deadline,
      doneAt: started,
      ctx,
      action: { en: 'desk tidy-up', zh: '整理前台' },
      ...(started !== undefined && { measured: { value: round2((end - started) / MINUTE), unit: 'minute' as const } }),
      target: { value: round2(lead / MINUTE), unit: 'minute', comparator: '>=' },
    });
    return withConsequence(verdict, NO_PENALTY);
  },
});
