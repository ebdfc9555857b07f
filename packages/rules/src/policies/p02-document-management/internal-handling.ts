/**
 * 1.11: 各部門對需要辦理的文件，應當認真辦理，不得延辦、誤辦或推諉，對辦理完畢的文件，承辦人應填寫結果和報告。
 * Reading: a document a department must handle (an internal one; the incoming route's own steps are
 * P02.incoming-route's) is handled without delay (不得延辦) and, once handled, its handler writes the result and
 * the report (填寫結果和報告, the incoming route's 'result-written'). 延辦 sets no limit and Kefu invents none:
 * the organisation sets `handleWithin` (received for handling → handled), and until it does the rule answers
 * `not-configured`, naming the parameter. 誤辦 and 推諉 (handled wrongly, passed off) are judgements, not
 * records, and are not judged here.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { withItemsOwed } from '../../kernel/rounds.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P02.internal-handling';

/** 不得延辦 sets no number: the organisation's limit, no default. */
const HANDLE_WITHIN = openLimit({
  ruleId: ID,
  param: 'handleWithin',
  seedWord: '不得延辦',
  gloss: 'not deferred',
  example: 'P3D',
  min: 'PT1H',
  max: 'P90D',
  description: 'received for handling → handled (不得延辦; the seed sets no limit, so none by default), PT1H–P90D',
  zh: '收到待办至办理完毕的时限（不得延办；原文未规定，故无默认值），PT1H–P90D',
});

export const internalHandling = defineRule({
  id: ID,
  policy: 'P02',
  clause: '1.11',
  seedLines: [62, 62],
  kind: 'check',
  title: {
    en: 'A document to handle is handled without delay, its result and report written',
    zh: '需办理的文件不得延办，办理完毕后填写结果和报告',
  },
  facts: z
    .object({
      assignedAt: instant.meta({
        description: 'when the document reached the department that must handle it',
        zh: '文件送达承办部门的时间',
      }),
      handledAt: instant.optional().meta({ description: 'when its handling was finished', zh: '办理完毕的时间' }),
      resultWritten: z.boolean().optional().meta({
        description: 'the handler wrote the result and the report (填寫結果和報告); asked once handled',
        zh: '承办人已填写结果和报告；办理完毕后才要求',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: 不得延辦 has no number (the README's "Limits the seed leaves open").
      handleWithin: HANDLE_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.assignedAt),
  evaluate(f, ctx) {
    const limit = HANDLE_WITHIN.required(ctx.params.handleWithin);
    const assigned = at(f.assignedAt);
    const handled = atOpt(f.handledAt);
    notBefore(handled, assigned, 'handledAt', 'assignedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(assigned, window, {
      en: `${words.en} after it came to be handled (the organisation's limit for 不得延辦)`,
      zh: `收到后${words.zh}内（本单位对“不得延办”的规定）`,
    });
    const verdict = timedVerdict({ deadline, doneAt: handled, ctx, action: { en: 'handling', zh: '办理' } });
    // Once handled, the result and report are owed; a line that does not say is read as not written.
    const missing = f.resultWritten === true ? [] : [{ en: 'the result and report written', zh: '填写结果和报告' }];
    return withItemsOwed(verdict, handled !== undefined, missing, '1.11', NO_SANCTION_TO_CORRECT);
  },
});
