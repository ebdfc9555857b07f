/**
 * The workbook's and the report's findings, rejected lines and summary as typed cells: text, numbers and
 * instants kept apart so that an export can write numbers as numbers and instants as dates. Labels follow
 * `--lang`; every value is the audit's.
 */
import type { AuditSummary, Finding, Rejection } from '@kefu/rules';
import type { Lang } from '../context.js';
import { findingStatusLabel, valueCell } from './audit.js';
import type { Directory } from './directory.js';
import { quantityText, sanctionText, targetText } from './labels.js';

/** An instant as the audit wrote it (ISO-8601 with the organisation's offset). */
interface Instant {
  readonly instant: string;
}

export type SheetCell = string | number | Instant | undefined;

export interface SheetColumn {
  readonly key: string;
  readonly header: string;
  /** How to show the column's numbers and instants. */
  readonly format?: 'date-time' | 'date' | 'month' | 'money' | 'count' | 'points' | 'signed-points';
  readonly width?: number;
}

export type SheetRow = Readonly<Record<string, SheetCell>>;

export const STATUSES = ['breached', 'at-risk', 'pending', 'met', 'not-applicable', 'computed'] as const;

export { findingStatusLabel } from './audit.js';

const t = (lang: Lang, en: string, zh: string) => (lang === 'zh' ? zh : en);

export function findingSheetColumns(lang: Lang): SheetColumn[] {
  return [
    { key: 'lines', header: t(lang, 'Lines', '行号'), width: 10 },
    { key: 'ruleId', header: t(lang, 'Rule', '规则'), width: 26 },
    { key: 'policy', header: t(lang, 'Policy', '制度'), width: 8 },
    { key: 'clause', header: t(lang, 'Clause', '条款'), width: 14 },
    { key: 'status', header: t(lang, 'Status', '状态'), width: 10 },
    { key: 'key', header: t(lang, 'Case / key', '事项'), width: 18 },
    { key: 'employee', header: t(lang, 'Employee id', '工号'), width: 10 },
    { key: 'name', header: t(lang, 'Name', '姓名'), width: 10 },
    { key: 'department', header: t(lang, 'Department', '部门'), width: 12 },
    { key: 'value', header: t(lang, 'Value', '结果'), width: 12 },
    { key: 'dueAt', header: t(lang, 'Due', '期限'), format: 'date-time', width: 17 },
    { key: 'measured', header: t(lang, 'Measured', '实测'), width: 12 },
    { key: 'target', header: t(lang, 'Target', '目标'), width: 12 },
    { key: 'sanctions', header: t(lang, 'Sanctions', '处罚'), width: 30 },
    { key: 'explanation', header: t(lang, 'Explanation', '说明'), width: 80 },
  ];
}

export function findingSheetRow(f: Finding, dir: Directory, lang: Lang): SheetRow {
  const r = f.result;
  const value = valueCell(r.value);
  return {
    lines: f.lines.join(' '),
    ruleId: r.ruleId,
    policy: r.policy,
    clause: r.clause,
    status: findingStatusLabel(r.status ?? 'computed', lang),
    key: f.key,
    employee: f.employee,
    name: f.employee === undefined ? undefined : dir.person(f.employee),
    department: f.department === undefined ? undefined : (dir.department(f.department) ?? f.department),
    value,
    dueAt: r.dueAt === undefined ? undefined : { instant: r.dueAt },
    measured: r.measured ? quantityText(r.measured, lang) : undefined,
    target: r.target ? targetText(r.target, lang) : undefined,
    sanctions: r.sanctions.map((s) => sanctionText(s, lang)).join(lang === 'zh' ? '；' : '; '),
    explanation: r.explanation[lang],
  };
}

export function rejectedSheetColumns(lang: Lang): SheetColumn[] {
  return [
    { key: 'line', header: t(lang, 'Line', '行号'), format: 'count', width: 8 },
    { key: 'code', header: t(lang, 'Code', '代码'), width: 20 },
    { key: 'reason', header: t(lang, 'Reason', '原因'), width: 100 },
  ];
}

export function rejectedSheetRow(r: Rejection, lang: Lang): SheetRow {
  return {
    line: r.line,
    code: r.code ?? r.error?.code ?? '',
    reason: lang === 'zh' ? (r.reasonZh ?? r.reason) : r.reason,
  };
}

/** The summary as label–value pairs, then counts by status and by policy. */
export function summaryPairs(summary: AuditSummary, source: string, lang: Lang): [string, SheetCell][] {
  const pairs: [string, SheetCell][] = [
    [t(lang, 'Event log', '事件日志'), source],
    [t(lang, 'Lines', '行数'), summary.lines],
    [t(lang, 'Evaluated', '已评估'), summary.evaluated],
    [t(lang, 'Rejected', '已拒绝'), summary.rejected],
    [t(lang, 'Findings', '结论'), summary.findings],
  ];
  if (summary.asOf) pairs.push([t(lang, 'As of', '评估时点'), { instant: summary.asOf }]);
  if (summary.from) pairs.push([t(lang, 'First event', '最早事件'), { instant: summary.from }]);
  if (summary.to) pairs.push([t(lang, 'Last event', '最晚事件'), { instant: summary.to }]);
  return pairs;
}

export function byPolicyColumns(lang: Lang): SheetColumn[] {
  return [
    { key: 'policy', header: t(lang, 'Policy', '制度') },
    ...STATUSES.map((s) => ({ key: s, header: findingStatusLabel(s, lang), format: 'count' as const })),
  ];
}

export function byPolicyRows(summary: AuditSummary, lang: Lang): SheetRow[] {
  const rows: SheetRow[] = [];
  for (const [policy, counts] of Object.entries(summary.byPolicy).sort(([a], [b]) => a.localeCompare(b))) {
    rows.push({ policy, ...Object.fromEntries(STATUSES.map((s) => [s, counts[s] ?? 0])) });
  }
  rows.push({
    policy: t(lang, 'All', '合计'),
    ...Object.fromEntries(STATUSES.map((s) => [s, summary.byStatus[s] ?? 0])),
  });
  return rows;
}
