/**
 * 4.7 1): 接班時，客服組前臺人員提前10分鐘到崗。
 * Reading: "at least 10 minutes early", inclusive — arriving exactly 10:00 before the shift is met, 9:59
 * before is breached. Arriving after the shift start is breached too (P12 scores lateness separately).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, round2 } from '../../kernel/helpers.js';
import { instant, isoDuration } from '../../kernel/schemas.js';
import { MINUTE } from '../../kernel/time.js';
import { NO_PENALTY } from './consequence.js';

export const handoverArrival = defineRule({
  id: 'P08.handover-arrival',
  policy: 'P08',
  clause: '4.7(1)',
  seedLines: [207, 207],
  kind: 'check',
  title: { en: 'Incoming shift arrives 10 minutes early', zh: '接班人员提前10分钟到岗' },
  facts: z
    .object({
      shiftStart: instant.meta({ description: 'when the incoming shift starts', zh: '接班的开始时间' }),
      arrivedAt: instant.meta({
        description: 'when the incoming front-desk employee arrived at the post',
        zh: '接班的前台员工到岗的时间',
      }),
    })
    .strict(),
  params: z
    .object({
      earlyBy: isoDuration('PT10M', { min: 'PT0S', max: 'PT2H' }).meta({
        description: 'how long before the shift start to arrive',
        zh: '须在接班前多久到岗',
      }),
    })
    .strict(),
  startOf: (f) => at(f.shiftStart),
  evaluate(f, ctx) {
    const start = at(f.shiftStart);
    const arrived = at(f.arrivedAt);
    const lead = ctx.words.ms(ctx.params.earlyBy);
    const dueAt = start - lead;
    const early = start - arrived;
    const measured = { value: round2(early / MINUTE), unit: 'minute' as const };
    const target = { value: round2(lead / MINUTE), unit: 'minute' as const, comparator: '>=' as const };
    const need = ctx.words.duration(lead);
    const when = ctx.time.localText(arrived, ctx.zone);
    if (arrived <= dueAt) {
      return {
        status: 'met',
        dueAt,
        measured,
        target,
        explanation: {
          en: `Arrived at ${when}, ${ctx.words.duration(early).en} before the shift (at least ${need.en} required)`,
          zh: `于${when}到岗，比接班时间提前${ctx.words.duration(early).zh}（须提前至少${need.zh}）`,
        },
      };
    }
    const how =
      early >= 0
        ? { en: `only ${ctx.words.duration(early).en} before the shift`, zh: `仅提前${ctx.words.duration(early).zh}` }
        : {
            en: `${ctx.words.duration(-early).en} after the shift start`,
            zh: `比接班时间晚${ctx.words.duration(-early).zh}`,
          };
    return {
      status: 'breached',
      dueAt,
      measured,
      target,
      explanation: {
        en: `Arrived at ${when}, ${how.en}; at least ${need.en} early is required: ${NO_PENALTY.en}`,
        zh: `于${when}到岗，${how.zh}；须提前至少${need.zh}到岗：${NO_PENALTY.zh}`,
      },
    };
  },
});
