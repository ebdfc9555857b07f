/**
 * 行為 7: 不遲到早退。無特殊事件一律不準請假或叫人頂崗，頂崗時間不超過4小時。
 * Leave (請假) only for a special event (特殊事件): a leave taken without one is breached, whatever its length;
 * one the log does not say is met with a warning that the reason was not given, as P01.shift-cover reads its
 * `specialEvent`. Cover (頂崗) is P01.shift-cover's, leaving early P01.early-leave's.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Warning } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

export const leave = defineRule({
  id: 'P01.leave',
  policy: 'P01',
  clause: '行為 7',
  seedLines: [27, 27],
  kind: 'check',
  title: { en: 'Leave only for a special event (無特殊事件不準請假)', zh: '无特殊事件一律不准请假' },
  facts: z
    .object({
      leaveStart: instant.meta({ description: 'when the leave began', zh: '请假开始的时间' }),
      specialEvent: z.boolean().optional().meta({
        description: 'the leave was for a special event (特殊事件); unknown when absent',
        zh: '请假是为了特殊事件；缺省即不明',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.leaveStart),
  evaluate(f) {
    if (f.specialEvent === false) {
      return {
        status: 'breached',
        explanation: {
          en: `Leave was taken without a special event (行為 7: 無特殊事件一律不準請假) (${NO_SANCTION_TO_CORRECT.en})`,
          zh: `无特殊事件请假（行为7：无特殊事件一律不准请假）（${NO_SANCTION_TO_CORRECT.zh}）`,
        },
      };
    }
    const warnings: Warning[] =
      f.specialEvent === undefined
        ? [
            {
              code: 'special-event-unknown',
              en: 'Whether a special event justified the leave was not given',
              zh: '未说明请假是否因特殊事件',
            },
          ]
        : [];
    return {
      status: 'met',
      warnings,
      explanation:
        f.specialEvent === true
          ? { en: 'Leave taken for a special event is allowed', zh: '因特殊事件请假，符合规定' }
          : { en: 'Leave taken; its reason was not given', zh: '已请假，未说明原因' },
    };
  },
});
