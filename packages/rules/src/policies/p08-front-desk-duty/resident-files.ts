/**
 * 4.16: 及時更新業戶檔案，并嚴格對業戶檔案進行保密，不能泄露給公司以外的其它人員。
 * A resident file's contents given to anyone outside the company is breached; shared inside the company it
 * is met. (P11.disclosure judges phone numbers under P11's approval rule; P10.leak is the trading firm's.)
 * 及時更新 sets no limit and is not judged here.
 */
import * as z from 'zod';
import { banBreached, employeeFact } from '../../kernel/bans.js';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_PENALTY } from './consequence.js';

export const residentFiles = defineRule({
  id: 'P08.resident-files',
  policy: 'P08',
  clause: '4.16',
  seedLines: [224, 224],
  kind: 'check',
  title: {
    en: 'Keep resident files confidential: never disclosed outside the company',
    zh: '业户档案严格保密，不得泄露给公司以外人员',
  },
  facts: z
    .object({
      toOutsider: z.boolean().meta({
        description: 'the file was disclosed to someone outside the company',
        zh: '档案内容透露给了公司以外的人员',
      }),
      employee: employeeFact,
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (!f.toOutsider) {
      return {
        status: 'met',
        explanation: { en: 'The resident file was shared inside the company only', zh: '业户档案仅在公司内部使用' },
      };
    }
    return banBreached(
      { en: 'A resident file was disclosed outside the company', zh: '向公司以外人员泄露业户档案' },
      { en: '4.16 (resident files kept confidential)', zh: '4.16（业户档案严格保密）' },
      NO_PENALTY,
    );
  },
});
