/**
 * (二)電話接聽客服 2、操作程序 (line 293): 接聽電話溝通完畢應禮貌表示謝意或歉意…等待客人掛斷電話后，方可掛機。
 * The agent hangs up only after the caller: a call the agent ended first is breached, from the telephony
 * record of who hung up. The thanks and farewell phrases are transcript-only and not judged.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { withServiceBreach } from './service-breach.js';

export const hangUp = defineRule({
  id: 'P10.hang-up',
  policy: 'P10',
  clause: '(二)接聽程序',
  seedLines: [293, 293],
  kind: 'check',
  title: { en: 'Hang up only after the caller', zh: '等待客人挂断电话后方可挂机' },
  facts: z
    .object({
      hungUpBy: z.enum(['caller', 'agent']).meta({
        description: 'who ended the call first, from the telephony record: caller or agent',
        zh: '谁先挂断电话（话务记录）：caller 客户 / agent 客服',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.hungUpBy === 'caller') {
      return {
        status: 'met',
        explanation: { en: 'The caller hung up first, then the agent', zh: '客户先挂断，客服随后挂机' },
      };
    }
    return withServiceBreach({
      status: 'breached',
      explanation: {
        en: 'The agent hung up before the caller, who must hang up first',
        zh: '客服先于客户挂机，应等待客人挂断电话后方可挂机',
      },
    });
  },
});
