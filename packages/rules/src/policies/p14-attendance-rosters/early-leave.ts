/**
 * 1.2.2: 員工應嚴格遵守作息時間。
 * Keeping the working hours at the end of the day: leaving before the shift's scheduled end (早退) is
 * breached, by the minutes early; no grace (嚴格). Arriving late is judged by P12.lateness with its points.
 */
import * as z from 'zod';
import { earlyLeaveFacts, earlyLeaveVerdict } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at } from '../../kernel/helpers.js';
import { NO_PENALTY } from './consequence.js';

export const earlyLeave = defineRule({
  id: 'P14.early-leave',
  policy: 'P14',
  clause: '1.2.2',
  seedLines: [481, 481],
  kind: 'check',
  title: {
    en: 'Keep the working hours: do not leave before the shift ends',
    zh: '严格遵守作息时间：不早于下班时间离岗',
  },
  facts: earlyLeaveFacts,
  params: z.object({}).strict(),
  startOf: (f) => at(f.shiftEnd),
  evaluate: (f, ctx) => earlyLeaveVerdict(f, ctx, NO_PENALTY),
});
