/**
 * 行為 7: 不遲到早退。…
 * Leaving early (早退): leaving work before the shift's scheduled end is breached, by the minutes early; no
 * grace. Lateness (遲到) is judged by P12.lateness with its points; cover (頂崗) by P01.shift-cover.
 */
import * as z from 'zod';
import { earlyLeaveFacts, earlyLeaveVerdict } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const earlyLeave = defineRule({
  id: 'P01.early-leave',
  policy: 'P01',
  clause: '行為 7',
  seedLines: [27, 27],
  kind: 'check',
  title: { en: 'Do not leave before the shift ends (不早退)', zh: '不早退' },
  facts: earlyLeaveFacts,
  params: z.object({}).strict(),
  startOf: (f) => at(f.shiftEnd),
  evaluate: (f, ctx) => earlyLeaveVerdict(f, ctx, NO_SANCTION_TO_CORRECT),
});
