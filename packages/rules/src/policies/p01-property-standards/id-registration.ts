/**
 * 放行 3: 登記有效證件不超過60秒/人/次。
 * Inclusive: exactly 60 s per person is met, anything longer is breached. When one sitting registers
 * several people (`persons`), the limit is 60 s for each of them.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, NO_SANCTION_TO_CORRECT, notBefore } from '../../kernel/helpers.js';
import { instant, isoDuration } from '../../kernel/schemas.js';

export const idRegistration = defineRule({
  id: 'P01.id-registration',
  policy: 'P01',
  clause: '放行 3',
  seedLines: [5, 5],
  kind: 'check',
  title: { en: 'Register a valid ID in at most 60 s per person', zh: '登记有效证件每人每次不超过60秒' },
  facts: z
    .object({
      startedAt: instant.meta({ description: 'when registering the valid ID began', zh: '开始登记有效证件的时间' }),
      finishedAt: instant.meta({
        description: 'when registering the valid ID was finished',
        zh: '登记有效证件完成的时间',
      }),
      persons: z.number().int().min(1).max(1000).default(1).meta({
        description: 'people registered in this sitting (the limit is per person); default 1',
        zh: '本次登记的人数（时限按每人计）；默认1',
      }),
    })
    .strict(),
  params: z
    .object({
      maxPerPerson: isoDuration('PT60S', { min: 'PT1S', max: 'PT30M' }).meta({
        description: 'longest registration per person per time',
        zh: '每人每次登记的最长用时',
      }),
    })
    .strict(),
  startOf: (f) => at(f.startedAt),
  evaluate(f, ctx) {
    const started = at(f.startedAt);
    const finished = at(f.finishedAt);
    notBefore(finished, started, 'finishedAt', 'startedAt');
    const took = finished - started;
    const limitEach = ctx.words.ms(ctx.params.maxPerPerson);
    // Compare whole milliseconds (no division) so the 60 s boundary is exact.
    const met = took <= limitEach * f.persons;
    // Seconds to the millisecond, rounded up, so a breach never reads as "60 s".
    const eachSeconds = Math.ceil(took / f.persons) / 1000;
    const each = { en: `${eachSeconds} s`, zh: `${eachSeconds}秒` };
    const limit = { en: `${limitEach / 1000} s`, zh: `${limitEach / 1000}秒` };
    const who = f.persons === 1 ? { en: '1 person', zh: '1人' } : { en: `${f.persons} people`, zh: `${f.persons}人` };
    const measured = { value: eachSeconds, unit: 'second' as const };
    const target = { value: limitEach / 1000, unit: 'second' as const, comparator: '<=' as const };
    return {
      status: met ? 'met' : 'breached',
      measured,
      target,
      explanation: met
        ? {
            en: `Registering ${who.en}'s valid ID took ${each.en} per person, within the ${limit.en} limit`,
            zh: `登记${who.zh}有效证件每人用时${each.zh}，未超过${limit.zh}`,
          }
        : {
            en: `Registering ${who.en}'s valid ID took ${each.en} per person, over the ${limit.en} limit: breached (${NO_SANCTION_TO_CORRECT.en})`,
            zh: `登记${who.zh}有效证件每人用时${each.zh}，超过${limit.zh}的上限：违规（${NO_SANCTION_TO_CORRECT.zh}）`,
          },
    };
  },
});
