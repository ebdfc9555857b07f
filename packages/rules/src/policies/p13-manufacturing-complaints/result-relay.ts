/**
 * 第七條(一): 業務部門 1、詳細檢查客訴產品的訂單編號、料號、數量、交運日期。2、了解客訴要求及確認客訴理由。
 * 3、協助客戶解決疑難或帶給必要的參考資料。4、迅速傳達處理結果。
 * Sales passes the approved result on to the customer quickly, from the form's return to sales (the case
 * route's `returned-to-sales`, 第九條(三)) to the customer told. 迅速 sets no number and Kefu invents none: the
 * organisation sets `relayWithin`, and until it does the rule answers `not-configured`, naming the parameter.
 * Items 1 and 2 are what the 客戶抱怨處理表 records (P13.complaint-form, 第九條(一)); item 3 is not a record.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, noPenalty, notBefore, timedVerdict, withConsequence } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P13.result-relay';

/** 迅速 sets no number: the organisation's limit, no default. */
const RELAY_WITHIN = openLimit({
  ruleId: ID,
  param: 'relayWithin',
  seedWord: '迅速',
  gloss: 'quickly',
  example: 'P1D',
  min: 'PT1M',
  max: 'P30D',
  description: 'the form back with sales → the result told to the customer (迅速; no default), PT1M–P30D',
  zh: '处理表送回业务部至向客户传达处理结果的时限（迅速；原文未规定，故无默认值），PT1M–P30D',
});

const CONSEQUENCE = noPenalty('P13', { en: '第七條(一)', zh: '第七條(一)' }, true);

export const resultRelay = defineRule({
  id: ID,
  policy: 'P13',
  clause: '第七條(一)',
  seedLines: [406, 410],
  kind: 'check',
  title: {
    en: 'Sales passes the approved result on to the customer quickly (limit set by the organisation)',
    zh: '业务部门迅速传达处理结果',
  },
  facts: z
    .object({
      returnedAt: instant.meta({
        description: 'when the approved form came back to sales (returned-to-sales)',
        zh: '批示后的客户抱怨处理表送回业务部的时间',
      }),
      relayedAt: instant
        .optional()
        .meta({ description: 'when the customer was told the result', zh: '向客户传达处理结果的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 迅速 has no number (the README's "Limits the seed leaves open").
      relayWithin: RELAY_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.returnedAt),
  evaluate(f, ctx) {
    const limit = RELAY_WITHIN.required(ctx.params.relayWithin);
    const returned = at(f.returnedAt);
    const relayed = atOpt(f.relayedAt);
    notBefore(relayed, returned, 'relayedAt', 'returnedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(returned, window, {
      en: `${words.en} after the form came back to sales (the organisation's limit for 迅速)`,
      zh: `处理表送回业务部后${words.zh}内（本单位对“迅速”的规定）`,
    });
    const verdict = timedVerdict({
      deadline,
      doneAt: relayed,
      ctx,
      action: { en: 'result passed on to the customer', zh: '向客户传达处理结果' },
    });
    return withConsequence(verdict, CONSEQUENCE);
  },
});
