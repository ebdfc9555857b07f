/**
 * 4.1: 本規定采用部門考核與日常檢查及客戶意見(表揚、投訴)相結合的原則，以計分的形式對客服人員進行考核。
 * One person's month: a base score (default 100; the seed names none, the catalogue sets it) plus the signed
 * points of every item of 4.2 and 4.3, and the month's outcomes. Every item is scored by calling its own rule
 * (never re-implemented here), with the caller's options (kernel `callRule`), so the month is exactly the
 * sum of the items. A score below zero is kept as it is: the seed sets no floor.
 *
 * Facts (all lists and counts optional, empty by default):
 * - `month` `YYYY-MM`, `employee?` (each item's own `employee`, when given, must match it);
 * - `lateness: [{ shiftStart, arrivedAt }]`                 → P12.lateness, each shift in the month;
 * - `absentDays: ['YYYY-MM-DD', …]`, `dayWage` (yuan)       → P12.absence (without dayWage the wages are not priced);
 * - `calls: [{ direction: 'outside'|'inside', start, end, special? }]` → P12.phone-use for the month;
 * - `chats`, `readings`: a count, or `{ count, severity? }`  → P12.chatting, P12.reading;
 * - `dress: [{ missing: ['uniform'|'badge'|'tie', …] }]`    → P12.dress, one entry per check that found a lack;
 * - `grooming: [{ severity, aspect? }]`, `dozing: [{ severity }]`, `serviceComplaints: [{ severity }]`,
 *   `praise: [{ severity }]`                                  → one rule call per incident;
 * - `goodWork`: a count of merits for good work              → P12.good-work (its amount the organisation's);
 * - `posture`: a count of incidents                           → P12.posture.
 * Errors inside an item name its path here, e.g. `['grooming', 1, 'severity']`.
 */
import * as z from 'zod';
import { defineRule, type RuleInfo } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, callRule, monthOf } from '../../kernel/helpers.js';
import { count, isoDate, yearMonth, yuan } from '../../kernel/schemas.js';
import { formatDay } from '../../kernel/time.js';
import { absence } from './absence.js';
import { chatting } from './chatting.js';
import { dozing } from './dozing.js';
import { dress } from './dress.js';
import { goodWork } from './good-work.js';
import { grooming } from './grooming.js';
import { ladderFacts } from './ladder.js';
import { lateness } from './lateness.js';
import { foldMonth, type MonthlyScoreValue, type ScoredItem, scoreText } from './monthly-fold.js';
import { phoneCall, phoneUse } from './phone-use.js';
import { posture } from './posture.js';
import { praise } from './praise.js';
import { reading } from './reading.js';
import { serviceComplaint } from './service-complaint.js';

const ladderEntry = z.union([count.max(1000), ladderFacts]);

export const monthlyScore = defineRule({
  id: 'P12.monthly-score',
  policy: 'P12',
  clause: '4.1',
  seedLines: [370, 388],
  kind: 'compute',
  title: { en: "A person's monthly score and outcomes", zh: '客服人员月度考绩分及处分' },
  facts: z
    .object({
      month: yearMonth.meta({ description: 'the month scored', zh: '评分的月份' }),
      employee: z.string().min(1).optional().meta({
        description: 'the employee scored; each item’s own employee must match',
        zh: '评分的员工；各项的员工须与之相同',
      }),
      lateness: z
        .array(lateness.facts)
        .max(62)
        .default([])
        .meta({ description: 'late arrivals: { shiftStart, arrivedAt }', zh: '迟到：{ shiftStart, arrivedAt }' }),
      absentDays: z
        .array(isoDate)
        .max(31)
        .default([])
        .meta({ description: 'dates absent in the month', zh: '当月旷工的日期' }),
      dayWage: yuan.optional().meta({
        description: "one day's wages (absent: absence wages are not priced, see P12.absence)",
        zh: '一天的工资（缺省：旷工工资不计价，见 P12.absence）',
      }),
      calls: z.array(phoneCall).max(1000).default([]).meta({
        description: 'calls on duty: { direction, start, end, special? }',
        zh: '在岗时的通话：{ direction, start, end, special? }',
      }),
      chats: ladderEntry.default(0).meta({
        description: 'idle chats found: a count or { count, severity? }',
        zh: '发现的闲聊：次数或 { count, severity? }',
      }),
      readings: ladderEntry.default(0).meta({
        description: 'reading on duty found: a count or { count, severity? }',
        zh: '发现的上班看书报：次数或 { count, severity? }',
      }),
      dress: z.array(dress.facts).max(100).default([]).meta({
        description: 'dress checks that found a lack: { missing[] }',
        zh: '发现着装不全的检查：{ missing[] }',
      }),
      grooming: z
        .array(grooming.facts)
        .max(100)
        .default([])
        .meta({ description: 'grooming incidents: { severity, aspect? }', zh: '仪容问题：{ severity, aspect? }' }),
      posture: count.max(1000).default(0).meta({ description: 'posture incidents', zh: '姿态问题的次数' }),
      dozing: z
        .array(dozing.facts)
        .max(100)
        .default([])
        .meta({ description: 'dozing or sleeping: { severity }', zh: '打瞌睡或睡觉：{ severity }' }),
      serviceComplaints: z
        .array(serviceComplaint.facts)
        .max(100)
        .default([])
        .meta({ description: 'owner complaints about service: { severity }', zh: '业主对服务的投诉：{ severity }' }),
      praise: z
        .array(praise.facts)
        .max(100)
        .default([])
        .meta({ description: 'owner praise: { severity }', zh: '业主的表扬：{ severity }' }),
      goodWork: count.max(1000).default(0).meta({
        description: 'merits for good work (4.3 工作認真、表現好; P12.good-work, its amount the organisation sets)',
        zh: '工作认真、表现好的加分次数（4.3；P12.good-work，分值由本单位规定）',
      }),
    })
    .strict(),
  params: z
    .object({
      baseScore: z
        .number()
        .min(0)
        .max(1000)
        .default(100)
        .meta({ description: 'the score a month starts from', zh: '每月的起始分数' }),
    })
    .strict(),
  startOf: (f, zone, time) => time.startOfMonth(monthOf(f.month), zone),
  evaluate(f, ctx) {
    const sameEmployee = (who: string | undefined, path: (string | number)[]) => {
      if (who !== undefined && f.employee !== undefined && who !== f.employee) {
        throw badFact([...path, 'employee'], `is ${who}, but the month is scored for ${f.employee}`);
      }
    };
    const items: ScoredItem[] = [];
    const score = (rule: RuleInfo, facts: unknown, path: (string | number)[]) => {
      items.push({ ruleId: rule.id, result: callRule(ctx, rule, facts, path) });
    };
    // The month of a shift's start in the zone: the first 7 characters of its local day's text (what the
    // instant's local formatting begins with), remembered for the last day.
    let lastDay = Number.NaN;
    let lastMonth = '';
    const monthOfShift = (ms: number) => {
      const day = ctx.time.localDay(ms, ctx.zone);
      if (day !== lastDay) {
        lastMonth = formatDay(day).slice(0, 7);
        lastDay = day;
      }
      return lastMonth;
    };
    f.lateness.forEach((entry, i) => {
      sameEmployee(entry.employee, ['lateness', i]);
      if (monthOfShift(at(entry.shiftStart)) !== f.month) {
        throw badFact(['lateness', i, 'shiftStart'], `is not in ${f.month}`);
      }
      score(lateness, entry, ['lateness', i]);
    });
    if (f.absentDays.length > 0) {
      const wage = f.dayWage === undefined ? {} : { dayWage: f.dayWage };
      score(absence, { month: f.month, absentDays: f.absentDays, ...wage }, []);
    }
    if (f.calls.length > 0) score(phoneUse, { month: f.month, calls: f.calls }, []);
    for (const [key, rule] of [
      ['chats', chatting],
      ['readings', reading],
    ] as const) {
      const entry = f[key];
      const facts = typeof entry === 'number' ? { count: entry } : entry;
      if (typeof entry !== 'number') sameEmployee(entry.employee, [key]);
      if (facts.count > 0) score(rule, facts, [key]);
    }
    if (f.posture > 0) score(posture, { times: f.posture }, ['posture']);
    if (f.goodWork > 0) score(goodWork, { times: f.goodWork }, ['goodWork']);
    const lists = [
      ['dress', dress, f.dress],
      ['grooming', grooming, f.grooming],
      ['dozing', dozing, f.dozing],
      ['serviceComplaints', serviceComplaint, f.serviceComplaints],
      ['praise', praise, f.praise],
    ] as const;
    for (const [key, rule, entries] of lists) {
      entries.forEach((entry, i) => {
        sameEmployee(entry.employee, [key, i]);
        score(rule, entry, [key, i]);
      });
    }
    const value: MonthlyScoreValue = foldMonth(f.month, f.employee, ctx.params.baseScore, items);
    return {
      value,
      measured: { value: value.score, unit: 'point' },
      sanctions: items.flatMap((item) => item.result.sanctions),
      // An item's warning (a day wage not given) is the month's too: the ledger books this result.
      warnings: items.flatMap((item) => item.result.warnings),
      explanation: scoreText(value),
    };
  },
});
