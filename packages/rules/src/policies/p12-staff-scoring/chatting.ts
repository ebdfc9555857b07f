/**
 * 4.2.2 6): 值班人員嚴禁無故與人[聊]天，違者扣1分，一個月被查3次者，警告處分，加扣1∽3分，4次記過處分，加扣3∽5分，
 * 5次自動離職處分。 The month's count goes up the ladder in ./ladder.ts; 記過 is read as a minor demerit.
 */
import { defineRule } from '../../kernel/define-rule.js';
import { ladderFacts, ladderParams, ladderVerdict } from './ladder.js';

export const chatting = defineRule({
  id: 'P12.chatting',
  policy: 'P12',
  clause: '4.2.2(6)',
  seedLines: [385, 385],
  kind: 'check',
  title: {
    en: 'Idle chat on duty: −1 each; 3rd warning, 4th demerit, 5th resignation',
    zh: '值班闲聊：每次扣1分，第3次警告，第4次记过，第5次自动离职',
  },
  facts: ladderFacts,
  params: ladderParams,
  evaluate: (f, ctx) => ladderVerdict(f, ctx.params, 'P12 4.2.2(6)', { en: 'idle chat on duty', zh: '值班无故闲聊' }),
});
