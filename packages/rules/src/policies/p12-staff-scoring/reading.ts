/**
 * 4.2.2 7): 上班時間看書、看報等，影響工作者扣1分，一個月違反3次者警告處分，加扣1∽3分，4次記過處分，加扣3∽5分，
 * 5次自動離職處分。 The same ladder as idle chat (./ladder.ts); `count` counts only reading that affected work.
 */
import { defineRule } from '../../kernel/define-rule.js';
import { ladderFacts, ladderParams, ladderVerdict } from './ladder.js';

export const reading = defineRule({
  id: 'P12.reading',
  policy: 'P12',
  clause: '4.2.2(7)',
  seedLines: [386, 386],
  kind: 'check',
  title: {
    en: 'Reading on duty: −1 each; 3rd warning, 4th demerit, 5th resignation',
    zh: '上班看书看报：每次扣1分，第3次警告，第4次记过，第5次自动离职',
  },
  facts: ladderFacts,
  params: ladderParams,
  evaluate: (f, ctx) =>
    ladderVerdict(f, ctx.params, 'P12 4.2.2(7)', {
      en: 'reading books or papers on duty that affected work',
      zh: '上班看书看报影响工作',
    }),
});
