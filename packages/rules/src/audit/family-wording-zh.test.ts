/**
 * #15 "Complete Chinese", the families' own checks and the rules' refusals: a hand-written log that trips
 * every check a family makes after the event check (orphan lines, periods, missing facts, base points,
 * late follow-ups) and a rule's refusal of each kind (invalid facts, a contradiction, a missing parameter, a
 * refused amount, an unknown rule id, an unknown calendar year). Every rejected line must carry `reasonZh`
 * saying the same thing in Chinese, with no English word outside ids, quoted values and field names.
 */
import { describe, expect, it } from 'vitest';
import { englishIn, RULE_NAMES } from '../test-support/english-words.js';
import { runAudit } from './stream.js';
import type { AuditOptions, Rejection } from './types.js';

const line = (event: Record<string, unknown>) => JSON.stringify(event);
const nov = (day: string, time = '09:00') => `2026-11-${day}T${time}:00+08:00`;

/** Every key and text value of a line, nested too: the user's own names and words. */
function ownWordsOf(text: string): string[] {
  const keys: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') keys.push(value);
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      keys.push(k);
      walk(v);
    }
  };
  walk(JSON.parse(text));
  return keys;
}

/** [what the line does, the line, its code, a piece of its Chinese reason]. */
type Case = readonly [string, string, string, string];

const org = {
  departments: [{ id: 'D1' }, { id: 'D2' }],
  people: [
    { id: 'E1', department: 'D1', basePoints: 10 },
    { id: 'E2', department: 'D1' },
    { id: 'E3', department: 'D2' },
  ],
};

const familyChecks: readonly Case[] = [
  [
    'a reply to a complaint never received',
    line({ type: 'complaint-replied', at: nov('02'), case: 'X-C' }),
    'orphan-event',
    '日志中没有收到投诉 X-C',
  ],
  [
    'a callback for a service never completed',
    line({ type: 'service-called-back', at: nov('02'), case: 'X-S' }),
    'orphan-event',
    '服务或工单 X-S',
  ],
  [
    'an answer to a question never escalated',
    line({ type: 'question-answered', at: nov('02'), case: 'X-Q' }),
    'orphan-event',
    '问题 X-Q 的上报',
  ],
  [
    'a fee remitted on an order never started',
    line({ type: 'fee-remitted', at: nov('02'), case: 'X-G' }),
    'orphan-event',
    '工单 X-G 既没有技术员出发',
  ],
  [
    'a fee collected, the technician never back',
    line({ type: 'fee-collected', at: nov('02'), case: 'X-G2', invoiceIssued: true }),
    'orphan-event',
    '没有 technician-returned 事件',
  ],
  [
    'takings remitted with no sales',
    line({ type: 'takings-remitted', at: nov('02'), employee: 'E1', soldOn: '2026-11-01' }),
    'orphan-event',
    '没有售票记录',
  ],
  [
    'a document returned, never lent',
    line({ type: 'document-returned', at: nov('02'), case: 'X-D' }),
    'orphan-event',
    '文件 X-D 已归还',
  ],
  [
    'questionnaires collected, never issued',
    line({ type: 'survey-collected', at: nov('02'), half: '2026-H2', returned: 3 }),
    'orphan-event',
    '问卷 2026-H2 已回收',
  ],
  [
    'a handover with neither policy’s fields',
    line({ type: 'handover', at: nov('03') }),
    'invalid-event',
    '既没有 P08 的交接字段',
  ],
  [
    'a lock-up loss with nobody responsible',
    line({ type: 'lock-up', at: nov('03'), lockedUp: true, keyReturned: true, lossValue: 30 }),
    'invalid-event',
    '须写明负责的员工',
  ],
  ['an accident naming no department', line({ type: 'accident', at: nov('03') }), 'invalid-event', '没有写明部门'],
  [
    'a dress breach naming nothing missing',
    line({ type: 'conduct-breach', at: nov('03'), employee: 'E1', kind: 'dress' }),
    'invalid-event',
    '缺少的物品',
  ],
  [
    'a service-rule breach naming no rule',
    line({ type: 'conduct-breach', at: nov('03'), employee: 'E1', kind: 'service-rule' }),
    'invalid-event',
    '违反的规定',
  ],
  [
    'times on a one-incident breach',
    line({ type: 'conduct-breach', at: nov('03'), employee: 'E1', kind: 'dozing', times: 2 }),
    'invalid-event',
    'dozing 违规每行一次',
  ],
  [
    'times of 0',
    line({ type: 'conduct-breach', at: nov('03'), employee: 'E1', kind: 'chatting', times: 0 }),
    'invalid-event',
    '至少为 1',
  ],
  [
    'an inspection of an unknown item',
    line({ type: 'inspection-recorded', at: nov('03'), item: 'P01.inspection-desk-claer', passed: true }),
    'invalid-event',
    '是否是 P01.inspection-desk-clear？',
  ],
  [
    'a monthly report for month 13',
    line({ type: 'report-submitted', at: nov('03'), rule: 'P14.attendance-report', period: '2026-13' }),
    'invalid-event',
    '不是月份',
  ],
  [
    'a callback summary for "Nov"',
    line({ type: 'report-submitted', at: nov('03'), rule: 'P08.monthly-callback', period: 'Nov' }),
    'invalid-event',
    'period Nov 不是月份',
  ],
  [
    'a holiday roster naming no holiday',
    line({ type: 'report-submitted', at: nov('03'), rule: 'P14.holiday-roster', period: '2026' }),
    'invalid-event',
    '必须写明 holiday',
  ],
  [
    'a half-year with no year',
    line({ type: 'survey-collected', at: nov('03'), half: 'H1', returned: 3 }),
    'invalid-event',
    '没有写明年份',
  ],
  [
    'two different people on a facts line',
    line({
      type: 'facts',
      at: nov('03'),
      employee: 'E1',
      rule: 'P12.grooming',
      facts: { employee: 'E2', severity: 'light' },
    }),
    'invalid-event',
    '只涉及一个人',
  ],
  [
    'a P12 item for nobody',
    line({ type: 'facts', at: nov('03'), rule: 'P12.grooming', facts: { severity: 'light' } }),
    'invalid-event',
    '月度评分',
  ],
  [
    'a loss shared where a member has no base points',
    line({ type: 'loss-assessed', at: nov('03'), department: 'D1', loss: 100 }),
    'not-configured',
    '没有 E2 的基本分',
  ],
  [
    'a loss shared where nobody has base points',
    line({ type: 'loss-assessed', at: nov('03'), department: 'D2', loss: 100 }),
    'not-configured',
    '部门 D2 没有人有基本分',
  ],
];

const ruleRefusals: readonly Case[] = [
  [
    'facts with an instant missing its offset',
    line({
      type: 'facts',
      at: nov('04'),
      rule: 'P01.complaint-reply',
      facts: { receivedAt: '2026-11-27T09:00:00', valid: true },
    }),
    'invalid-facts',
    'receivedAt：缺少时区偏移',
  ],
  [
    'facts with a text for true or false',
    line({ type: 'facts', at: nov('04'), rule: 'P01.complaint-reply', facts: { receivedAt: nov('27'), valid: 'yes' } }),
    'invalid-facts',
    'valid：应为 true 或 false',
  ],
  [
    'facts with a misspelt fact',
    line({
      type: 'facts',
      at: nov('04'),
      rule: 'P01.complaint-reply',
      facts: { receivedAt: nov('27'), valid: true, repliedat: nov('27', '10:00') },
    }),
    'invalid-facts',
    '"repliedat"（是否是 repliedAt？）',
  ],
  [
    'a reply before the complaint (a contradiction the rule finds)',
    line({
      type: 'facts',
      at: nov('04'),
      rule: 'P01.complaint-reply',
      facts: { receivedAt: nov('27'), repliedAt: nov('26'), valid: true },
    }),
    'invalid-facts',
    'repliedAt 为 "2026-11-26T09:00:00+08:00"，与同一事实中的其他值相矛盾',
  ],
  [
    'a limit the seed leaves open (及時), not configured',
    line({ type: 'technician-on-site', at: nov('04'), reportedAt: nov('03') }),
    'not-configured',
    '未配置参数 onSiteWithin（报告至到场的时限',
  ],
  [
    'a paid service missing from the price list',
    line({
      type: 'service-completed',
      at: nov('04'),
      case: 'S-P',
      kind: 'paid',
      service: 'window-cleaning',
      charged: 120,
    }),
    'not-configured',
    '未配置参数 priceList 中的 "window-cleaning"（收费标准',
  ],
  [
    'a month ladder’s facts checked without a finding (P12.absence): an absent day outside its month',
    line({
      type: 'facts',
      at: nov('04'),
      employee: 'E1',
      rule: 'P12.absence',
      facts: { month: '2026-11', absentDays: ['2026-11-31'] },
    }),
    'invalid-facts',
    'P12.absence：absentDays.0：2026-11-31 不是日期：2026年11月只有 30 天',
  ],
  [
    'a leak fine outside its fixed amount',
    line({ type: 'conduct-breach', at: nov('04'), employee: 'E1', kind: 'leak', amount: 99999 }),
    'rule-refused',
    '规则拒绝按这些事实判定：amount 为 99999',
  ],
  [
    'an unknown rule id on a facts line',
    line({ type: 'facts', at: nov('04'), rule: 'P12.latness', facts: {} }),
    'unknown-rule',
    '未知的规则编号 P12.latness（是否是 P12.lateness？）',
  ],
];

/** Each case's line audited in one log, in order: its rejection found by its line number. */
async function rejectionsOf(cases: readonly Case[], options: AuditOptions): Promise<Map<number, Rejection>> {
  const report = await runAudit(
    cases.map((c) => c[1]),
    options,
  );
  expect(report.rejected).toHaveLength(cases.length);
  return new Map(report.rejected.map((r) => [r.line, r]));
}

function expectChinese(rejected: Rejection | undefined, text: string, code: string, fragment: string): void {
  expect(rejected?.code).toBe(code);
  expect(rejected?.reasonZh).toContain(fragment);
  expect(englishIn(rejected?.reasonZh ?? '', [...ownWordsOf(text), ...RULE_NAMES])).toEqual([]);
  // The English stays as it was, beside the Chinese.
  expect(rejected?.reason).toMatch(/[a-z]{3}/);
}

describe('#15: the families’ own checks say why in Chinese', async () => {
  const byLine = await rejectionsOf(familyChecks, { asOf: nov('30'), org });
  familyChecks.forEach(([what, text, code, fragment], i) => {
    it(`${what} (${code}): reasonZh says it, no English word outside ids`, () => {
      expectChinese(byLine.get(i + 1), text, code, fragment);
    });
  });
});

describe('#15: a rule’s own refusal of a line’s facts says why in Chinese', async () => {
  const byLine = await rejectionsOf(ruleRefusals, { asOf: nov('30'), org });
  ruleRefusals.forEach(([what, text, code, fragment], i) => {
    it(`${what} (${code}): reasonZh from the error and the facts, never from the English`, () => {
      expectChinese(byLine.get(i + 1), text, code, fragment);
    });
  });

  it('a working-day deadline in a year the calendar does not know (calendar-year-unknown) names the year', async () => {
    const text = line({ type: 'service-completed', at: '2026-12-31T09:00:00+08:00', case: 'S1', kind: 'convenience' });
    const [rejected] = (await runAudit([text], { asOf: '2027-01-05T09:00:00+08:00' })).rejected;
    expectChinese(rejected, text, 'calendar-year-unknown', '工作日日历中没有 2027 年');
  });
});

describe('#15: a follow-up too late for its settled case or month (maxDelay) says so in Chinese', async () => {
  const late: readonly Case[] = [
    ['a complaint received', line({ type: 'complaint-received', at: nov('01'), case: 'C1' }), '', ''],
    ['its reply', line({ type: 'complaint-replied', at: nov('01', '10:00'), case: 'C1' }), '', ''],
    ['a month later', line({ type: 'complaint-received', at: '2026-12-05T09:00:00+08:00', case: 'C2' }), '', ''],
    [
      'a callback on the settled case',
      line({ type: 'complaint-called-back', at: '2026-12-05T10:00:00+08:00', case: 'C1' }),
      'late-event',
      'C1 已于 2026-12-04T09:00:00.000+08:00 结算',
    ],
    [
      'an arrival for a shift of a settled month',
      line({
        type: 'arrived',
        at: '2026-12-05T10:00:00+08:00',
        employee: 'E1',
        shiftStart: '2026-10-30T09:00:00+08:00',
      }),
      'late-event',
      '该班次属于 2026-10，该月已经结算',
    ],
    [
      'an absence in a settled month',
      line({ type: 'absent', at: '2026-12-05T10:00:00+08:00', employee: 'E1', date: '2026-10-30' }),
      'late-event',
      '2026-10-30 的缺勤属于 2026-10',
    ],
    [
      'a P12 item of a settled month',
      line({
        type: 'facts',
        at: '2026-12-05T10:00:00+08:00',
        employee: 'E1',
        rule: 'P12.lateness',
        facts: { shiftStart: '2026-10-30T09:00:00+08:00', arrivedAt: '2026-10-30T09:20:00+08:00' },
      }),
      'late-event',
      'P12.lateness 属于 2026-10',
    ],
  ];
  const report = await runAudit(
    late.map((c) => c[1]),
    { asOf: '2026-12-06T00:00:00+08:00', maxDelay: 'P1D' },
  );
  const byLine = new Map(report.rejected.map((r) => [r.line, r]));
  late.forEach(([what, text, code, fragment], i) => {
    if (code === '') return;
    it(`${what} (late-event): reasonZh says it, no English word outside ids`, () => {
      expectChinese(byLine.get(i + 1), text, code, fragment);
    });
  });
});

it('every rejection of both logs above carries reasonZh (none is English only)', async () => {
  const report = await runAudit(
    [...familyChecks, ...ruleRefusals].map((c) => c[1]),
    { asOf: nov('30'), org },
  );
  expect(report.rejected.length).toBe(familyChecks.length + ruleRefusals.length);
  expect(report.rejected.filter((r) => r.reasonZh === undefined)).toEqual([]);
});
