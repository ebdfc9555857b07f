/**
 * 走訪 3: 每年6月、12月前發放問卷調查，發放率是入住率的100%。
 * Reading (catalogue Ambiguities 8): issued by the end of June (first half) and by the end of December
 * (second half), inclusive. "發放率是入住率的100%": questionnaires reach every occupied household.
 * `issuedAt` is when issuing finished, so the count given with it is final.
 */
import * as z from 'zod';
import { fixedDeadline, judgeTimed } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, notBefore, percentText, ratio } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, count, instant, year } from '../../kernel/schemas.js';
import { lastDayOfMonth } from '../../kernel/time.js';
import { consequenceOf, joinParts, leastCount, round4, shareText } from './period.js';

const HALF_RE = /^(?:(\d{4})-)?H([12])$/;

/** The year and half of `half` (`2026-H1`, or `H1` with the `year` fact); contradictions name the field. */
function halfOf(half: string, yearFact: number | undefined): { year: number; second: boolean } {
  const m = HALF_RE.exec(half);
  if (!m) throw badFact(['half'], 'expected H1, H2, 2026-H1 or 2026-H2');
  const second = m[2] === '2';
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    if (yearFact !== undefined && yearFact !== y) throw badFact(['year'], `${yearFact} contradicts half ${half}`);
    return { year: y, second };
  }
  if (yearFact === undefined) throw badFact(['year'], `required when half (${half}) names no year`);
  return { year: yearFact, second };
}

export const surveyIssue = defineRule({
  id: 'P01.survey-issue',
  policy: 'P01',
  clause: '走訪 3',
  seedLines: [19, 19],
  kind: 'check',
  title: {
    en: 'Issue satisfaction surveys to every occupied household by the end of June and December',
    zh: '每年6月、12月前向全部入住户发放问卷调查',
  },
  facts: z
    .object({
      half: z
        .string()
        .regex(HALF_RE, 'expected H1, H2, 2026-H1 or 2026-H2')
        .meta({ description: 'the half-year: 2026-H1, or H1 with year', zh: '半年：2026-H1，或 H1 加年份' }),
      year: year
        .optional()
        .meta({ description: 'the year, when half is given as H1 / H2', zh: '半年写作 H1 / H2 时的年份' }),
      issuedAt: instant
        .optional()
        .meta({ description: 'when issuing the questionnaires was finished', zh: '问卷发放完毕的时间' }),
      occupiedHouseholds: count.meta({ description: 'occupied households (入住戶)', zh: '入住户数' }),
      issued: count.meta({ description: 'questionnaires issued', zh: '发放的问卷数' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      h1DueMonth: z
        .number()
        .int()
        .min(1)
        .max(6)
        .default(6)
        .meta({ description: 'first-half surveys due by the end of this month', zh: '上半年调查须在本月底前完成' }),
      h2DueMonth: z
        .number()
        .int()
        .min(7)
        .max(12)
        .default(12)
        .meta({ description: 'second-half surveys due by the end of this month', zh: '下半年调查须在本月底前完成' }),
      minIssueRate: z.number().gt(0).max(1).default(1).meta({
        description: 'least share of occupied households given a questionnaire',
        zh: '发放问卷的住户占入住户的最低比例',
      }),
    })
    .strict(),
  startOf: (f, zone, time) => {
    const m = HALF_RE.exec(f.half);
    const y = m?.[1] !== undefined ? Number(m[1]) : f.year;
    return y === undefined ? undefined : time.startOfMonth({ year: y, month: m?.[2] === '2' ? 7 : 1 }, zone);
  },
  evaluate(f, ctx) {
    const p = ctx.params;
    const { year: y, second } = halfOf(f.half, f.year);
    const label = `${y}-H${second ? 2 : 1}`;
    const opens = ctx.time.startOfMonth({ year: y, month: second ? 7 : 1 }, ctx.zone);
    const issuedAt = atOpt(f.issuedAt);
    notBefore(issuedAt, opens, 'issuedAt', `the start of ${label}`);
    if (f.occupiedHouseholds === 0) {
      return {
        status: 'not-applicable',
        explanation: {
          en: `No occupied households in ${label}: no survey to issue`,
          zh: `${label}无入住户，无需发放问卷`,
        },
      };
    }
    const dueMonth = { year: y, month: second ? p.h2DueMonth : p.h1DueMonth };
    const deadline = fixedDeadline(lastDayOfMonth(dueMonth), opens, ctx);
    const due = ctx.time.localText(deadline.dueAt, ctx.zone);
    const rate = ratio(f.issued, f.occupiedHouseholds);
    const need = leastCount(p.minIssueRate, f.occupiedHouseholds);
    const counts: Bilingual = {
      en: `${f.issued} questionnaires for ${f.occupiedHouseholds} occupied households (${shareText(rate, p.minIssueRate)}; ${percentText(p.minIssueRate)}, ${need}, required)`,
      zh: `发放问卷${f.issued}份，入住户${f.occupiedHouseholds}户（发放率${shareText(rate, p.minIssueRate)}，要求${percentText(p.minIssueRate)}即${need}份）`,
    };
    let status: Status;
    let when: Bilingual;
    if (issuedAt === undefined) {
      status = judgeTimed(deadline, undefined, ctx.asOf, ctx.warningShare).status;
      when = { en: `the ${label} survey is not issued yet (due ${due})`, zh: `${label}问卷尚未发放完毕（截止${due}）` };
    } else {
      const onTime = issuedAt <= deadline.dueAt;
      status = onTime && rate >= p.minIssueRate ? 'met' : 'breached';
      const at = ctx.time.localText(issuedAt, ctx.zone);
      when = onTime
        ? {
            en: `the ${label} survey was issued by ${at} (due ${due})`,
            zh: `${label}问卷于${at}发放完毕（截止${due}）`,
          }
        : {
            en: `the ${label} survey was issued late, at ${at} (due ${due})`,
            zh: `${label}问卷于${at}才发放完毕，已逾期（截止${due}）`,
          };
    }
    return {
      status,
      deadline,
      measured: { value: round4(rate, p.minIssueRate), unit: 'ratio' },
      target: { value: p.minIssueRate, unit: 'ratio', comparator: '>=' },
      explanation: joinParts(status, [when, counts], consequenceOf(status)),
    };
  },
});
