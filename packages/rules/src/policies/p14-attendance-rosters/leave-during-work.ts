/**
 * 1.2.3: 工作時間無論因公或因私臨時外出者，必須向直屬上級領導請示，經批准后方可外出。
 * Reading: leaving during working time, on business or private, is met only when the direct superior
 * approved no later than the moment of leaving (inclusive; `minLead` 0 by default). Approval after leaving,
 * or none, is breached. Leaving outside working time is not applicable.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, round2 } from '../../kernel/helpers.js';
import { instant, isoDuration } from '../../kernel/schemas.js';
import { MINUTE } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const leaveDuringWork = defineRule({
  id: 'P14.leave-during-work',
  policy: 'P14',
  clause: '1.2.3',
  seedLines: [482, 482],
  kind: 'check',
  title: {
    en: "Leaving during working time needs the superior's approval first",
    zh: '工作时间外出须事先经直属上级批准',
  },
  facts: z
    .object({
      leftAt: instant.meta({ description: 'when the employee left the workplace', zh: '员工离开工作场所的时间' }),
      approvedAt: instant
        .optional()
        .meta({ description: 'when the direct superior approved', zh: '直接上级批准的时间' }),
      reason: z
        .enum(['business', 'personal'])
        .optional()
        .meta({ description: 'on business (因公) or private (因私): both need it', zh: '因公或因私：都需要批准' }),
      duringWorkingTime: z.boolean().default(true).meta({
        description: 'false when the employee left outside working time',
        zh: '员工在工作时间以外离开时为 false',
      }),
    })
    .strict(),
  params: z
    .object({
      minLead: isoDuration('PT0S', { min: 'PT0S', max: 'P1D' }).meta({
        description: 'approval at least this long before leaving',
        zh: '至少提前多久批准离开',
      }),
    })
    .strict(),
  startOf: (f) => at(f.leftAt),
  evaluate(f, ctx) {
    const left = at(f.leftAt);
    const approved = atOpt(f.approvedAt);
    if (!f.duringWorkingTime) {
      if (f.reason === 'business') throw badFact(['duringWorkingTime'], 'a business errand is during working time');
      return {
        status: 'not-applicable',
        explanation: { en: 'The employee left outside working time', zh: '非工作时间外出，不适用' },
      };
    }
    const lead = ctx.words.ms(ctx.params.minLead);
    const target = { value: round2(lead / MINUTE), unit: 'minute' as const, comparator: '>=' as const };
    const when = ctx.time.localText(left, ctx.zone);
    const why =
      f.reason === 'business'
        ? { en: ' on business', zh: '因公' }
        : f.reason === 'personal'
          ? { en: ' on private business', zh: '因私' }
          : { en: '', zh: '' };
    if (approved === undefined) {
      return {
        status: 'breached',
        target,
        explanation: {
          en: `Left${why.en} at ${when} without the direct superior's approval: ${NO_PENALTY.en}`,
          zh: `${when}${why.zh}外出，未经直属上级批准：${NO_PENALTY.zh}`,
        },
      };
    }
    const measured = { value: round2((left - approved) / MINUTE), unit: 'minute' as const };
    if (approved <= left - lead) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Left${why.en} at ${when} after the superior's approval at ${ctx.time.localText(approved, ctx.zone)}`,
          zh: `经直属上级于${ctx.time.localText(approved, ctx.zone)}批准后，于${when}${why.zh}外出`,
        },
      };
    }
    const gap = approved > left ? ctx.words.duration(approved - left) : undefined;
    return {
      status: 'breached',
      measured,
      target,
      explanation: gap
        ? {
            en: `Left${why.en} at ${when}, ${gap.en} before the superior's approval; approval must come first: ${NO_PENALTY.en}`,
            zh: `${when}${why.zh}外出，比直属上级批准早${gap.zh}，须先批准后外出：${NO_PENALTY.zh}`,
          }
        : {
            en: `Approved only ${ctx.words.duration(left - approved).en} before leaving; at least ${ctx.words.duration(lead).en} required: ${NO_PENALTY.en}`,
            zh: `外出前仅提前${ctx.words.duration(left - approved).zh}获批，须至少提前${ctx.words.duration(lead).zh}：${NO_PENALTY.zh}`,
          },
    };
  },
});
