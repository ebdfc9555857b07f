/**
 * 職責: 及時趕赴現場處理各種故障。
 * A technician reaches the site of a reported fault in time. 及時 sets no limit and Kefu invents none: the
 * organisation sets `onSiteWithin` (report → on site), and until it does the rule answers `not-configured`,
 * naming the parameter.
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { openLimit } from '../../kernel/open-limit.js';
import { asOfFact, instant } from '../../kernel/schemas.js';

const ID = 'P03.on-site-response';

/** 及時 sets no number: the organisation's limit, no default. */
const ON_SITE_WITHIN = openLimit({
  ruleId: ID,
  param: 'onSiteWithin',
  seedWord: '及時',
  gloss: 'in time',
  example: 'PT2H',
  min: 'PT1M',
  max: 'P7D',
  description: 'report → on site (及時; the seed sets no limit, so none by default), PT1M–P7D',
  zh: '报告至到场的时限（及时；原文未规定，故无默认值），PT1M–P7D',
});

export const onSiteResponse = defineRule({
  id: ID,
  policy: 'P03',
  clause: '職責',
  seedLines: [88, 88],
  kind: 'check',
  title: {
    en: 'A technician reaches a reported fault in time (limit set by the organisation)',
    zh: '及时赶赴现场处理故障',
  },
  facts: z
    .object({
      reportedAt: instant.meta({ description: 'when the fault was reported', zh: '故障报告的时间' }),
      onSiteAt: instant
        .optional()
        .meta({ description: 'when the technician reached the site', zh: '技术员到达现场的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      // No default: the seed's 及時 has no number (the README's "Limits the seed leaves open").
      onSiteWithin: ON_SITE_WITHIN.schema,
    })
    .strict(),
  startOf: (f) => at(f.reportedAt),
  evaluate(f, ctx) {
    const limit = ON_SITE_WITHIN.required(ctx.params.onSiteWithin);
    const reported = at(f.reportedAt);
    const onSite = atOpt(f.onSiteAt);
    notBefore(onSite, reported, 'onSiteAt', 'reportedAt');
    const window = ctx.words.ms(limit);
    const words = ctx.words.duration(window);
    const deadline = clockDeadline(reported, window, {
      en: `${words.en} after the report (the organisation's limit for 及時)`,
      zh: `报告后${words.zh}内（本单位对“及时”的规定）`,
    });
    return timedVerdict({ deadline, doneAt: onSite, ctx, action: { en: 'arrival on site', zh: '到达现场' } });
  },
});
