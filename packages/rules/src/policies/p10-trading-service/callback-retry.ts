/**
 * (二)電話回訪客服 1、工作細則 (line 301): ※客戶對解決方案有異議，應盡可能與之溝通取得客戶的理解和支持。如對方執意不接受解決方案，
 * 在不違背公司服務原則的前提下，換時間再次致電與之溝通解決。
 * A solution the customer still rejects at the callback gets a further call at another time. Judged when the
 * callback file is closed: rejected with no later call is breached (fined under (五)1). Where calling again
 * would go against the company's service principles, none is owed.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt } from '../../kernel/helpers.js';
import { instant } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

export const callbackRetry = defineRule({
  id: 'P10.callback-retry',
  policy: 'P10',
  clause: '(二)回訪細則',
  seedLines: [301, 301],
  kind: 'check',
  title: {
    en: 'A solution rejected at the callback: the customer called again at another time',
    zh: '客户执意不接受解决方案的，换时间再次致电沟通',
  },
  facts: z
    .object({
      calledBackAt: instant.meta({ description: 'when the callback was made', zh: '回访的时间' }),
      accepted: z
        .boolean()
        .meta({ description: 'the customer accepted the solution at the callback', zh: '客户在回访时接受解决方案' }),
      calledAgainAt: instant
        .optional()
        .meta({ description: 'when the customer was called again', zh: '再次致电的时间' }),
      againstPrinciples: z.boolean().default(false).meta({
        description: "calling again would go against the company's service principles (不違背公司服務原則)",
        zh: '再次致电将违背公司服务原则',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const first = at(f.calledBackAt);
    const again = atOpt(f.calledAgainAt);
    // 換時間: the further call is another call, after the callback.
    if (again !== undefined && again <= first)
      throw badFact(['calledAgainAt'], 'must be after calledBackAt (換時間: another call)');
    if (f.accepted || f.againstPrinciples) {
      return {
        status: 'not-applicable',
        explanation: f.accepted
          ? { en: 'The customer accepted the solution: no further call owed', zh: '客户已接受解决方案，无须再次致电' }
          : {
              en: "Calling again would go against the company's service principles: none owed",
              zh: '再次致电将违背公司服务原则，无须再次致电',
            },
      };
    }
    if (again !== undefined) {
      return {
        status: 'met',
        explanation: {
          en: 'Solution rejected; the customer was called again at another time',
          zh: '客户不接受解决方案，已换时间再次致电',
        },
      };
    }
    return withServiceBreach({
      status: 'breached',
      explanation: {
        en: 'Solution rejected at the callback and the customer never called again',
        zh: '客户在回访时不接受解决方案，未换时间再次致电',
      },
    });
  },
});
