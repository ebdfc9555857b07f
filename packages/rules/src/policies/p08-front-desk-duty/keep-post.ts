/**
 * 4.1(9): 前臺人員須堅守崗位，不得擅自離崗。 (4.1(3) bans the same act as 脫崗.)
 * Leaving the front desk without leave (擅自) is breached; with leave given by the team leader it is met.
 * Going out of the workplace during working time is P14.leave-during-work's; this is the desk itself.
 */
import * as z from 'zod';
import { banBreached, employeeFact } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_PENALTY } from './consequence.js';

export const keepPost = defineRule({
  id: 'P08.keep-post',
  policy: 'P08',
  clause: '4.1(9)',
  seedLines: [200, 200],
  kind: 'check',
  title: { en: 'Stay at the front desk: never leave it without leave', zh: '坚守岗位，不得擅自离岗' },
  facts: z
    .object({
      leaveGiven: z.boolean().meta({
        description: 'the person left the desk with leave from the team leader',
        zh: '离开前台前已获客服组负责人准许',
      }),
      employee: employeeFact,
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.leaveGiven) {
      return {
        status: 'met',
        explanation: { en: 'Left the desk with leave given', zh: '经准许后离开前台' },
      };
    }
    return banBreached(
      { en: 'Left the front desk without leave', zh: '擅自离开前台' },
      { en: '4.1(9) (stay at the post)', zh: '4.1(9)（坚守岗位，不得擅自离岗）' },
      NO_PENALTY,
    );
  },
});
