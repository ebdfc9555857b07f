/**
 * (三)來訪客服 2、操作程序 (line 319): 若客戶來訪用意尚不能正確給予答復，應委婉向客戶解釋原因并請客戶填寫《客戶來訪登記》留言，
 * 以便稍候處理。
 * A visit not answered on the spot leaves a 《客戶來訪登記》 entry; one with neither is breached, fined under
 * (五)1 like every P10 service rule. A visit answered on the spot owes none (not applicable).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { withServiceBreach } from './service-breach.js';

export const visitRegistration = defineRule({
  id: 'P10.visit-registration',
  policy: 'P10',
  clause: '(三)來訪',
  seedLines: [319, 319],
  kind: 'check',
  title: {
    en: 'A visit not answered on the spot is written in the visit register',
    zh: '来访无法当场答复的，请客户填写《客户来访登记》',
  },
  facts: z
    .object({
      answeredOnSpot: z.boolean().meta({
        description: "the visitor's question was answered on the spot",
        zh: '来访问题已当场答复',
      }),
      registered: z.boolean().default(false).meta({
        description: 'the visitor filled in the 《客戶來訪登記》 (visit register)',
        zh: '客户已填写《客户来访登记》',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.answeredOnSpot) {
      return {
        status: 'not-applicable',
        explanation: { en: 'Answered on the spot: no register entry owed', zh: '已当场答复，无须填写来访登记' },
      };
    }
    if (f.registered) {
      return {
        status: 'met',
        explanation: {
          en: 'Not answered on the spot; the visitor left a message in the visit register',
          zh: '未能当场答复，客户已填写《客户来访登记》留言',
        },
      };
    }
    return withServiceBreach({
      status: 'breached',
      explanation: {
        en: 'Not answered on the spot and no entry in the visit register (《客戶來訪登記》)',
        zh: '未能当场答复，且未请客户填写《客户来访登记》',
      },
    });
  },
});
