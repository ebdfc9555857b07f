/**
 * 4.2: 根據發展商提供的入住清單為業戶辦理入住手續，及為已辦理入住的業戶辦理二次裝修手續。
 * Move-in procedures only for a unit on the developer's move-in list; renovation (二次裝修) procedures only for
 * a unit that has already moved in. Either done for a unit that does not qualify is breached.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { withConsequence } from '../../kernel/helpers.js';
import { NO_PENALTY } from './consequence.js';

export const unitProcedure = defineRule({
  id: 'P08.unit-procedure',
  policy: 'P08',
  clause: '4.2',
  seedLines: [201, 201],
  kind: 'check',
  title: {
    en: "Move-in only for a unit on the developer's list; renovation only for a unit moved in",
    zh: '依发展商入住清单办理入住，仅为已入住业户办理二次装修',
  },
  facts: z
    .object({
      procedure: z.enum(['move-in', 'renovation']).meta({
        description: 'move-in (入住手續) or renovation (二次裝修手續)',
        zh: '入住手续或二次装修手续',
      }),
      unit: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the unit (for the explanation)', zh: '单元（用于说明）' }),
      onDeveloperList: z.boolean().optional().meta({
        description: "move-in: the unit is on the developer's move-in list (入住清單)",
        zh: '入住：该单元在发展商提供的入住清单上',
      }),
      movedIn: z.boolean().optional().meta({
        description: 'renovation: the unit has already completed move-in',
        zh: '二次装修：该单元已办理入住',
      }),
    })
    .strict()
    .superRefine((f, issues) => {
      // The one fact each procedure turns on must be given: a guess either way would judge a unit unseen.
      const [path, message] =
        f.procedure === 'move-in'
          ? ['onDeveloperList', "a move-in needs onDeveloperList: is the unit on the developer's list?"]
          : ['movedIn', 'a renovation needs movedIn: has the unit moved in?'];
      if (f[path as 'onDeveloperList' | 'movedIn'] === undefined)
        issues.addIssue({ code: 'custom', path: [path], message });
    }),
  params: z.object({}).strict(),
  evaluate(f) {
    const unit =
      f.unit === undefined ? { en: 'the unit', zh: '该单元' } : { en: `unit ${f.unit}`, zh: `单元${f.unit}` };
    const ok = f.procedure === 'move-in' ? f.onDeveloperList === true : f.movedIn === true;
    const what =
      f.procedure === 'move-in'
        ? ok
          ? {
              en: `Move-in done for ${unit.en}, on the developer's list`,
              zh: `为${unit.zh}办理入住，在发展商入住清单上`,
            }
          : {
              en: `Move-in done for ${unit.en}, which is not on the developer's list`,
              zh: `为不在发展商入住清单上的${unit.zh}办理了入住`,
            }
        : ok
          ? { en: `Renovation procedures for ${unit.en}, already moved in`, zh: `为已入住的${unit.zh}办理二次装修` }
          : {
              en: `Renovation procedures for ${unit.en}, which has not moved in`,
              zh: `为未办理入住的${unit.zh}办理了二次装修`,
            };
    return withConsequence({ status: ok ? 'met' : 'breached', explanation: what }, NO_PENALTY);
  },
});
