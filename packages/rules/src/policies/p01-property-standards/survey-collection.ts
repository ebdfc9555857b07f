/**
 * 走訪 4: 發放后15個工作日后收回問卷調查，回收率不少于發放率的50%。
 * Reading: the questionnaires are collected by the end of the 15th working day after the issue date (the
 * issue day never counts), and at least 50% of those issued come back ("不少于" is inclusive).
 */
import * as z from 'zod';
import { judgeTimed, workingDaysDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, notBefore, percentText, ratio } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, count, instant } from '../../kernel/schemas.js';
import { consequenceOf, joinParts, leastCount, round4, shareText } from './period.js';

export const surveyCollection = defineRule({
  id: 'P01.survey-collection',
  policy: 'P01',
  clause: '走訪 4',
  seedLines: [20, 20],
  kind: 'check',
  title: {
    en: 'Collect surveys 15 working days after issue, at least 50% returned',
    zh: '问卷发放后15个工作日收回，回收率不少于50%',
  },
  facts: z
    .object({
      issuedAt: instant.meta({ description: 'when the questionnaires were issued', zh: '发放问卷的时间' }),
      collectedAt: instant
        .optional()
        .meta({ description: 'when the questionnaires were collected', zh: '回收问卷的时间' }),
      issued: count.meta({ description: 'questionnaires issued', zh: '发放的问卷数' }),
      returned: count.meta({
        description: 'questionnaires returned (so far, when not yet collected)',
        zh: '收回的问卷数（尚未回收完时为目前的数量）',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      workingDays: z
        .number()
        .int()
        .min(1)
        .max(60)
        .default(15)
        .meta({ description: 'working days after issue to collect by', zh: '发放后须在多少个工作日内回收' }),
      minReturnShare: z
        .number()
        .gt(0)
        .max(1)
        .default(0.5)
        .meta({ description: 'least share of issued questionnaires returned', zh: '已发放问卷的最低回收率' }),
    })
    .strict(),
  startOf: (f) => at(f.issuedAt),
  evaluate(f, ctx) {
    const p = ctx.params;
    const issuedAt = at(f.issuedAt);
    const collectedAt = atOpt(f.collectedAt);
    notBefore(collectedAt, issuedAt, 'collectedAt', 'issuedAt');
    if (f.returned > f.issued) throw badFact(['returned'], `${f.returned} returned of only ${f.issued} issued`);
    if (f.issued === 0) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No questionnaires issued: nothing to collect', zh: '未发放问卷，无需回收' },
      };
    }
    const deadline = workingDaysDeadline(issuedAt, p.workingDays, ctx, ['issuedAt']);
    const rate = ratio(f.returned, f.issued);
    const need = leastCount(p.minReturnShare, f.issued);
    const counts: Bilingual = {
      en: `${f.returned} of ${f.issued} questionnaires returned (${shareText(rate, p.minReturnShare)}; at least ${percentText(p.minReturnShare)}, ${need}, required)`,
      zh: `回收问卷${f.returned}份，发放${f.issued}份（回收率${shareText(rate, p.minReturnShare)}，要求不少于${percentText(p.minReturnShare)}即${need}份）`,
    };
    const reading: Bilingual = {
      en: `read as: collected within ${deadline.describe.en} (the issue day not counted)`,
      zh: `理解为：须在发放后${deadline.describe.zh}收回（发放当日不计）`,
    };
    let status: Status;
    let when: Bilingual;
    if (collectedAt === undefined) {
      status = judgeTimed(deadline, undefined, ctx.asOf, ctx.warningShare).status;
      when = { en: 'not collected yet', zh: '问卷尚未收回' };
    } else {
      const onTime = collectedAt <= deadline.dueAt;
      status = onTime && rate >= p.minReturnShare ? 'met' : 'breached';
      const at = ctx.time.localText(collectedAt, ctx.zone);
      when = onTime
        ? { en: `collected at ${at}`, zh: `于${at}收回` }
        : { en: `collected late, at ${at}`, zh: `于${at}收回，已逾期` };
    }
    return {
      status,
      deadline,
      measured: { value: round4(rate, p.minReturnShare), unit: 'ratio' },
      target: { value: p.minReturnShare, unit: 'ratio', comparator: '>=' },
      explanation: joinParts(status, [when, counts, reading], consequenceOf(status)),
    };
  },
});
