/**
 * 客戶服務: 各地服務中心對客戶提出的意見和建議，都應向公司相關部門反映，並將處理意見和結果及時通報給客戶。
 * Every opinion or suggestion a customer makes at a service centre is passed on to the company's departments
 * concerned, and what they decided is reported back to the customer in time. 及時 sets no number and Kefu
 * invents none: the organisation sets `reportWithin` (suggestion → outcome reported), and until it does the
 * rule answers `not-configured`, naming the parameter. One never passed on is breached whatever the timing.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, onBreach, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P03.suggestion-feedback';

/** 及時 sets no number: the organisation's limit, no default. */
const REPORT_WITHIN = openLimit({
  ruleId: ID,
  param: 'reportWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'P7D',
  min: 'PT1H',
  max: 'P90D',
  description:
    'suggestion → outcome reported to the customer (及時; the seed sets no limit, so none by default), PT1H–P90D',
  zh: '客户意见建议至通报处理结果的时限（及时；原文未规定，故无默认值），PT1H–P90D',
});

export const suggestionFeedback = defineRule({
  id: ID,
  policy: 'P03',
  clause: '客戶服務',
  seedLines: [102, 102],
  kind: 'check',
  title: {
    en: "A customer's suggestion is passed on, and the outcome reported back in time (limit set by the organisation)",
    zh: '客户意见建议须向公司相关部门反映，并及时通报处理结果',
  },
  facts: z
    .object({
      receivedAt: instant.meta({
        description: 'when the customer made the opinion or suggestion',
        zh: '客户提出意见或建议的时间',
      }),
      forwarded: z.boolean().meta({
        description: "passed on to the company's departments concerned (向公司相關部門反映)",
        zh: '已向公司相关部门反映',
      }),
      reportedAt: instant.optional().meta({
        description: 'when the outcome was reported back to the customer',
        zh: '向客户通报处理意见和结果的时间',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 及時 has no number (the README's "Limits the seed leaves open").
      reportWithin: REPORT_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const limit = REPORT_WITHIN.required(ctx.params.reportWithin);
    const received = at(f.receivedAt);
    const reported = atOpt(f.reportedAt);
    notBefore(reported, received, 'reportedAt', 'receivedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(received, window, {
      en: `${words.en} after the suggestion (the organisation's limit for 及時)`,
      zh: `提出后${words.zh}内（本单位对“及时”的规定）`,
    });
    const verdict = timedVerdict({
      deadline,
      doneAt: reported,
      ctx,
      action: { en: 'outcome report', zh: '通报处理结果' },
    });
    if (f.forwarded) return onBreach(verdict);
    // Never passed on to the departments: the clause's first half is broken whatever the timing.
    return onBreach({
      ...verdict,
      status: 'breached',
      explanation: {
        en: `${verdict.explanation.en}, but the suggestion was not passed on to the company's departments`,
        zh: `${verdict.explanation.zh}，但该意见建议未向公司相关部门反映`,
      },
    });
  },
});
