/**
 * 4.1(3): 嚴禁在當班時間內看報紙、雜志、吃零食、吸煙、聊天、睡覺，不脫崗、串崗；當班時間內不接打與工作無關的電話，
 * 不做與工作無關的事情。
 * Each act the clause lists, observed on duty, is breached. Reading, chatting and sleeping are P12's items
 * too (with points); leaving the desk (脫崗) is judged by P08.keep-post under 4.1(9), which names the same act
 * with its exception (leave given), so the audit sends it there and not here.
 */
import * as z from 'zod';
import { banBreached, employeeFact } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';
import { NO_PENALTY } from './consequence.js';

const ACTS = {
  reading: { en: 'Reading newspapers or magazines', zh: '看报纸、杂志' },
  snacking: { en: 'Eating snacks', zh: '吃零食' },
  smoking: { en: 'Smoking', zh: '吸烟' },
  chatting: { en: 'Chatting', zh: '聊天' },
  sleeping: { en: 'Sleeping', zh: '睡觉' },
  'off-post': { en: 'Leaving the post', zh: '脱岗' },
  wandering: { en: 'Wandering to other posts', zh: '串岗' },
  'non-work-call': { en: 'A call unrelated to work', zh: '接打与工作无关的电话' },
  'non-work-task': { en: 'Doing something unrelated to work', zh: '做与工作无关的事情' },
} as const satisfies Record<string, Bilingual>;

type Act = keyof typeof ACTS;
const actNames = Object.keys(ACTS) as [Act, ...Act[]];

export const onDutyConduct = defineRule({
  id: 'P08.on-duty-conduct',
  policy: 'P08',
  clause: '4.1(3)',
  seedLines: [194, 194],
  kind: 'check',
  title: {
    en: 'On duty: no reading, snacks, smoking, chatting, sleeping, leaving or wandering from the post, non-work calls',
    zh: '当班时间内不看报刊、不吃零食、不吸烟、不聊天、不睡觉，不脱岗、串岗，不接打与工作无关的电话',
  },
  facts: z
    .object({
      act: z.enum(actNames).meta({
        description: `the banned act observed on duty: ${actNames.join(', ')}`,
        zh: '当班时间内发现的违禁行为',
      }),
      employee: employeeFact,
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate: (f) => banBreached(ACTS[f.act], { en: '4.1(3)', zh: '4.1(3)' }, NO_PENALTY),
});
