/**
 * 培訓 1: 每月制定培訓計劃。
 * 培訓 3: 培訓合格率100%。(每周1次)
 * Readings: the month's plan is due by the end of that month (due day and month offset are parameters:
 * an organisation may want it before the month starts); training is held once a week, so a month needs
 * as many sessions as it has weeks (by default the weeks that begin on a Monday inside the month); the
 * pass rate must be 100%. Sessions and pass rate are judged at the month's end; before that they are open.
 * 培訓 2 (line 37): 按培訓計劃組織實施 — when the plan's number of sessions is given (`plannedSessions`), the month
 * needs those too: the sessions required are the larger of the weekly count and the plan's (#18). Absent, the
 * plan's count is not judged, so logs without it keep their verdicts.
 */
import * as z from 'zod';
import { dayOfMonthDeadline, judgeTimed, wholeMonthDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { atOpt, monthOf, percentText, ratio, worstStatus } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { asOfFact, count, instant, yearMonth } from '../../kernel/schemas.js';
import { firstDayOfMonth, lastDayOfMonth, weekdayOfDay, type YearMonth } from '../../kernel/time.js';
import { consequenceOf, joinParts, periodStatus, round4, shareText } from './period.js';

/** Weeks (Monday–Sunday) that begin inside the month, and all weeks the month touches. */
function weeksOf(month: YearMonth): { mondays: number; touched: number } {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  let mondays = 0;
  for (let d = first; d <= last; d += 1) if (weekdayOfDay(d) === 1) mondays += 1;
  const firstMonday = first - (weekdayOfDay(first) - 1);
  return { mondays, touched: Math.floor((last - firstMonday) / 7) + 1 };
}

export const training = defineRule({
  id: 'P01.training',
  policy: 'P01',
  clause: '培訓 1,3',
  seedLines: [36, 38],
  kind: 'check',
  title: { en: 'Monthly training plan, weekly training, 100% pass rate', zh: '每月培训计划，每周培训，合格率100%' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month of the plan and the training', zh: '计划与培训的月份' }),
      planMadeAt: instant
        .optional()
        .meta({ description: "when the month's training plan was made", zh: '制定当月培训计划的时间' }),
      sessions: count.meta({ description: 'training sessions held in the month', zh: '当月举办的培训次数' }),
      plannedSessions: count.max(100).optional().meta({
        description: "sessions the month's training plan lists (培訓 2); absent: not judged",
        zh: '当月培训计划列出的培训次数（培训2）；缺省：不判断',
      }),
      weeksInMonth: z.number().int().min(1).max(6).optional().meta({
        description: 'weeks to train in; default: the weeks beginning on a Monday inside the month',
        zh: '培训所在的周；默认：该月内以周一开始的各周',
      }),
      trainees: count.meta({ description: 'people trained', zh: '参加培训的人数' }),
      passed: count.meta({ description: 'of those, the ones who passed', zh: '其中合格的人数' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      planDueDay: z
        .number()
        .int()
        .min(1)
        .max(31)
        .default(31)
        .meta({ description: 'day of the due month (31 = its last day)', zh: '到期月份的日期（31 = 该月最后一天）' }),
      planDueMonthsAfter: z
        .number()
        .int()
        .min(-1)
        .max(0)
        .default(0)
        .meta({ description: '0: the month itself; -1: the month before', zh: '0：当月；-1：上月' }),
      sessionsPerWeek: z
        .number()
        .int()
        .min(1)
        .max(7)
        .default(1)
        .meta({ description: 'training sessions a week', zh: '每周培训次数' }),
      minPassRate: z.number().gt(0).max(1).default(1).meta({ description: 'least pass rate', zh: '最低合格率' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const p = ctx.params;
    const month = monthOf(f.month);
    const weeks = weeksOf(month);
    if (f.weeksInMonth !== undefined && f.weeksInMonth > weeks.touched) {
      throw badFact(['weeksInMonth'], `${f.month} spans only ${weeks.touched} weeks`);
    }
    if (f.passed > f.trainees) throw badFact(['passed'], `${f.passed} passed of only ${f.trainees} trainees`);
    if (f.sessions > 0 && f.trainees === 0) throw badFact(['trainees'], 'sessions were held but nobody was trained');
    if (f.sessions === 0 && f.trainees > 0) throw badFact(['sessions'], 'people were trained but no session was held');
    const planDeadline = dayOfMonthDeadline(month, p.planDueDay, p.planDueMonthsAfter, ctx);
    const monthEnd = wholeMonthDeadline(month, ctx);
    const made = atOpt(f.planMadeAt);
    const planStatus = judgeTimed(planDeadline, made, ctx.asOf, ctx.warningShare).status;
    const weekCount = f.weeksInMonth ?? weeks.mondays;
    const weekly = weekCount * p.sessionsPerWeek;
    const needed = Math.max(weekly, f.plannedSessions ?? 0);
    const sessionStatus = periodStatus(f.sessions >= needed, monthEnd, ctx.asOf, ctx.warningShare);
    const rate = ratio(f.passed, f.trainees);
    const passStatus: Status =
      f.trainees === 0 ? 'not-applicable' : periodStatus(rate >= p.minPassRate, monthEnd, ctx.asOf, ctx.warningShare);
    const status = worstStatus([planStatus, sessionStatus, passStatus]);
    const planDue = ctx.time.localText(planDeadline.dueAt, ctx.zone);
    let plan: Bilingual;
    if (made === undefined) plan = { en: `no plan yet (due ${planDue})`, zh: `尚未制定培训计划（截止${planDue}）` };
    else {
      const when = ctx.time.localText(made, ctx.zone);
      plan =
        planStatus === 'met'
          ? { en: `plan made at ${when} (due ${planDue})`, zh: `培训计划于${when}制定（截止${planDue}）` }
          : {
              en: `plan made late, at ${when} (due ${planDue})`,
              zh: `培训计划于${when}才制定，已逾期（截止${planDue}）`,
            };
    }
    const planned: Bilingual =
      f.plannedSessions === undefined
        ? { en: '', zh: '' }
        : { en: `; the plan lists ${f.plannedSessions}`, zh: `；培训计划列出${f.plannedSessions}次` };
    const sessions: Bilingual = {
      en: `${f.sessions} sessions in ${f.month} (${needed} required: ${weekCount} weeks × ${p.sessionsPerWeek}${planned.en})`,
      zh: `${f.month}培训${f.sessions}次（要求${needed}次：${weekCount}周×每周${p.sessionsPerWeek}次${planned.zh}）`,
    };
    const pass: Bilingual =
      f.trainees === 0
        ? { en: 'nobody trained, so no pass rate', zh: '无受训人员，不计合格率' }
        : {
            en: `${f.passed} of ${f.trainees} passed (${shareText(rate, p.minPassRate)}; ${percentText(p.minPassRate)} required)`,
            zh: `受训${f.trainees}人，合格${f.passed}人（合格率${shareText(rate, p.minPassRate)}，要求${percentText(p.minPassRate)}）`,
          };
    return {
      status,
      deadline: planDeadline,
      ...(f.trainees > 0
        ? {
            measured: { value: round4(rate, p.minPassRate), unit: 'ratio' as const },
            target: { value: p.minPassRate, unit: 'ratio' as const, comparator: '>=' as const },
          }
        : {
            measured: { value: f.sessions, unit: 'count' as const },
            target: { value: needed, unit: 'count' as const, comparator: '>=' as const },
          }),
      explanation: joinParts(status, [plan, sessions, pass], consequenceOf(status)),
    };
  },
});
