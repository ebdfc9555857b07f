/** An audit's outcome as blocks (summary tables) and as CSV rows. Counting is the engine's; this only lays out. */
import type {
  AuditDiff,
  AuditSummary,
  AuditWarning,
  Finding,
  FindingStatus,
  LedgerEntry,
  LedgerField,
  Quantity,
  Rejection,
  RuleResult,
  Sanction,
  Status,
  Target,
} from '@kefu/rules';
import { statusLabel } from '@kefu/ui-kit/text';
import type { Lang } from '../context.js';
import type { CsvColumn, CsvRow } from '../output/csv.js';
import { type Block, type Column, section } from './blocks.js';
import { quantityText, sanctionText, targetText, word } from './labels.js';

type StatusCounts = AuditSummary['byStatus'];

// The engine's `statuses` in its order, plus compute rules. Listed here rather than imported so that this
// module does not load the engine; the check below fails the build if a status is added there.
const COUNTED = ['met', 'breached', 'pending', 'at-risk', 'not-applicable', 'computed'] as const satisfies readonly (
  | Status
  | 'computed'
)[];
type Covers<Missing extends never> = Missing;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check, never referenced: it fails to compile when COUNTED misses a status.
type CountsEveryStatus = Covers<Exclude<Status, (typeof COUNTED)[number]>>;

/** A finding's status as a supervisor reads it: `违规`, `breached`; compute rules' findings are `计算`. */
export function findingStatusLabel(key: FindingStatus, lang: Lang): string {
  if (key === 'computed') return lang === 'zh' ? '计算' : 'computed';
  return statusLabel(key, lang);
}

function countColumns(lang: Lang): Column[] {
  return COUNTED.map((key) => ({ key, header: findingStatusLabel(key, lang), align: 'right' }));
}

function countCells(counts: StatusCounts): Record<string, number> {
  return Object.fromEntries(COUNTED.map((key) => [key, counts[key] ?? 0]));
}

const money = (n: number) => n.toFixed(2);

function resultStatus(result: RuleResult | undefined, lang: Lang): string {
  if (!result) return '—';
  return result.status ? statusLabel(result.status, lang) : findingStatusLabel('computed', lang);
}

export function summaryBlocks(summary: AuditSummary, source: string, lang: Lang): Block[] {
  const zh = lang === 'zh';
  const entries: (readonly [string, string | number])[] = [
    [zh ? '行数' : 'Lines', summary.lines],
    [zh ? '已评估' : 'Evaluated', summary.evaluated],
    [zh ? '已拒绝' : 'Rejected', summary.rejected],
    [zh ? '结论' : 'Findings', summary.findings],
  ];
  if (summary.asOf) entries.push([zh ? '评估时点' : 'As of', summary.asOf]);
  if (summary.from && summary.to) entries.push([zh ? '事件时间' : 'Events', `${summary.from} – ${summary.to}`]);
  // A resumed audit (--resume): its lines are numbered on from the state's, and its events span the whole log.
  const before = summary.resumedAfter;
  if (before !== undefined) {
    entries.push([
      zh ? '接续' : 'Resumed',
      zh
        ? `接续此前 ${before} 行的状态；本文件第 1 行即第 ${before + 1} 行`
        : `after ${before} lines of an earlier state; this file's line 1 is line ${before + 1}`,
    ]);
  }
  const policies = Object.entries(summary.byPolicy).sort(([a], [b]) => a.localeCompare(b));
  return [
    { kind: 'heading', title: zh ? `审计：${source}` : `Audit of ${source}` },
    { kind: 'fields', entries },
    ...section(zh ? '按状态' : 'By status', {
      kind: 'table',
      columns: countColumns(lang),
      rows: [countCells(summary.byStatus)],
    }),
    ...(policies.length > 0
      ? section(zh ? '按制度' : 'By policy', {
          kind: 'table',
          columns: [{ key: 'policy', header: word('policy', lang) }, ...countColumns(lang)],
          rows: policies.map(([policy, counts]) => ({ policy, ...countCells(counts) })),
        })
      : []),
    ...(summary.rejectedBy && Object.keys(summary.rejectedBy).length > 0
      ? section(zh ? '拒绝原因' : 'Rejected by reason', {
          kind: 'table',
          columns: [
            { key: 'reason', header: word('reason', lang) },
            { key: 'count', header: word('count', lang), align: 'right' },
          ],
          rows: Object.entries(summary.rejectedBy).map(([reason, count]) => ({ reason, count })),
        })
      : []),
  ];
}

/** An audit-wide warning in the reader's language (the engine words them in English). */
function summaryWarningText(warning: AuditWarning, lang: Lang): string {
  if (lang !== 'zh') return warning.message;
  if (warning.code === 'no-org')
    return '未提供组织文件（--org）：不核对编号；台账中没有部门、部门负责人的连带责任、姓名、奖金（P09）、日工资（P12）和月薪（P10）';
  return `${warning.lines ?? 0} 行所列人员或部门不在组织文件中，已按原样读取（--lenient-ids）：每个此类编号单独记账，没有组织文件中的姓名、负责人、奖金或工资`;
}

/**
 * What the audit warns of: the audit-wide warnings (no organisation file; how many lines --lenient-ids read
 * on), then the first lines read on with an unknown id.
 */
export function warningBlocks(lines: readonly AuditWarning[], summary: AuditSummary, lang: Lang): Block[] {
  const all = summary.warnings ?? [];
  if (all.length === 0) return [];
  const zh = lang === 'zh';
  const total = all.find((w) => w.code === 'unknown-id')?.lines ?? 0;
  const more = total - lines.length;
  return [
    // A table rather than text lines: its cells wrap to the terminal's width (a text block is printed as is).
    ...section(zh ? '警告' : 'Warnings', {
      kind: 'table',
      columns: [
        { key: 'code', header: zh ? '代码' : 'Code' },
        { key: 'warning', header: zh ? '说明' : 'Warning' },
      ],
      rows: all.map((w) => ({ code: w.code, warning: summaryWarningText(w, lang) })),
    }),
    ...(lines.length > 0
      ? section(zh ? `按原样读取的行（${total}）` : `Lines read on with a warning (${total})`, {
          kind: 'table',
          columns: [
            { key: 'line', header: zh ? '行' : 'Line', align: 'right' },
            { key: 'code', header: zh ? '代码' : 'Code' },
            { key: 'message', header: word('reason', lang) },
          ],
          rows: lines.map((w) => ({
            line: w.line ?? 0,
            code: w.code,
            message: zh ? (w.messageZh ?? w.message) : w.message,
          })),
        })
      : []),
    ...(more > 0
      ? [{ kind: 'text', tone: 'dim', text: zh ? `……另有 ${more} 行。` : `… and ${more} more.` } as const]
      : []),
  ];
}

function findingRow(f: Finding, lang: Lang) {
  return {
    lines: f.lines.join(','),
    rule: f.result.ruleId,
    status: resultStatus(f.result, lang),
    who: [f.key, f.employee].filter(Boolean).join(' / '),
    explanation: f.result.explanation[lang],
  };
}

/** Which findings the terminal lists: breached and at risk, or the statuses `--status` chose. */
export type Listed = readonly FindingStatus[] | undefined;

function listedTitle(listed: Listed, total: number, lang: Lang): string {
  const zh = lang === 'zh';
  if (listed === undefined) return zh ? `违规与风险（${total}）` : `Breached and at risk (${total})`;
  const names = listed.map((s) => findingStatusLabel(s, lang)).join(zh ? '、' : ', ');
  return zh ? `结果：${names}（${total}）` : `Findings: ${names} (${total})`;
}

/** The findings listed (see `Listed`) first seen, and how many more there are. */
export function notableBlocks(notable: readonly Finding[], total: number, lang: Lang, listed?: Listed): Block[] {
  if (total === 0) return [];
  const zh = lang === 'zh';
  const more = total - notable.length;
  return [
    ...section(listedTitle(listed, total, lang), {
      kind: 'table',
      columns: [
        { key: 'lines', header: zh ? '行' : 'Lines' },
        { key: 'rule', header: word('id', lang) },
        { key: 'status', header: word('status', lang) },
        { key: 'who', header: zh ? '对象' : 'Key / employee' },
        { key: 'explanation', header: word('explanation', lang) },
      ],
      rows: notable.map((f) => findingRow(f, lang)),
    }),
    ...(more > 0
      ? [
          {
            kind: 'text',
            tone: 'dim',
            text: zh
              ? `……另有 ${more} 条；用 --json 或 --csv 查看全部。`
              : `… and ${more} more; --json or --csv lists them all.`,
          } as const,
        ]
      : []),
  ];
}

export function rejectedBlocks(rejected: readonly Rejection[], total: number, lang: Lang): Block[] {
  if (total === 0) return [];
  const zh = lang === 'zh';
  const more = total - rejected.length;
  return [
    ...section(zh ? `被拒绝的行（${total}）` : `Rejected lines (${total})`, {
      kind: 'table',
      columns: [
        { key: 'line', header: zh ? '行' : 'Line', align: 'right' },
        { key: 'code', header: zh ? '代码' : 'Code' },
        { key: 'reason', header: word('reason', lang) },
      ],
      rows: rejected.map((r) => ({
        line: r.line,
        code: r.code ?? r.error?.code ?? '',
        reason: zh ? (r.reasonZh ?? r.reason) : r.reason,
      })),
    }),
    ...(more > 0
      ? [{ kind: 'text', tone: 'dim', text: zh ? `……另有 ${more} 行。` : `… and ${more} more.` } as const]
      : []),
  ];
}

function sanctionsOf(result: RuleResult | undefined, lang: Lang): string {
  return result ? result.sanctions.map((s) => sanctionText(s, lang)).join('; ') : '';
}

export function diffBlocks(diff: AuditDiff, compared: string, lang: Lang): Block[] {
  const zh = lang === 'zh';
  const title = zh ? `改用 ${compared} 后的变化` : `What changes under ${compared}`;
  if (diff.changed.length === 0 && diff.ledger.length === 0) {
    return section(title, { kind: 'text', text: zh ? '没有变化。' : 'Nothing changes.', tone: 'dim' });
  }
  const before = zh ? '之前' : 'Before';
  const after = zh ? '之后' : 'After';
  return [
    ...section(title, {
      kind: 'table',
      columns: [
        { key: 'rule', header: word('id', lang) },
        { key: 'who', header: zh ? '对象' : 'Key / employee' },
        { key: 'lines', header: zh ? '行' : 'Lines' },
        { key: 'before', header: before },
        { key: 'after', header: after },
        { key: 'sanctions', header: word('sanctions', lang) },
      ],
      rows: diff.changed.map((c) => ({
        rule: c.ruleId,
        who: [c.key, c.employee].filter(Boolean).join(' / '),
        lines: shortLines(c.lines),
        before: resultStatus(c.before, lang),
        after: resultStatus(c.after, lang),
        sanctions: `${sanctionsOf(c.before, lang) || '—'} → ${sanctionsOf(c.after, lang) || '—'}`,
      })),
    }),
    ...(diff.ledger.length > 0
      ? section(zh ? '台账变化' : 'Ledger changes', {
          kind: 'table',
          columns: [
            { key: 'employee', header: zh ? '员工' : 'Employee' },
            { key: 'month', header: zh ? '月份' : 'Month' },
            { key: 'field', header: zh ? '项目' : 'Column' },
            { key: 'before', header: before },
            { key: 'after', header: after },
          ],
          // One row per column that changed, whichever it is (a bonus deduction, a carry, a sanction).
          rows: diff.ledger.flatMap((l) =>
            l.fields.map((field) => {
              const [was, is] =
                field === 'sanctions'
                  ? sanctionChanges(l.before?.sanctions ?? [], l.after?.sanctions ?? [], lang)
                  : [ledgerValue(l.before, field), ledgerValue(l.after, field)];
              return {
                employee: l.employee,
                month: l.month,
                field: LEDGER_FIELD_LABEL[field][lang],
                before: was,
                after: is,
              };
            }),
          ),
        })
      : []),
  ];
}

const LEDGER_FIELD_LABEL: Readonly<Record<LedgerField, { en: string; zh: string }>> = {
  ownFines: { en: 'Own fines', zh: '本人罚款' },
  jointFines: { en: 'Joint liability', zh: '主管连带罚款' },
  wageDeductions: { en: 'Wage deductions', zh: '扣工资' },
  bonusDeductions: { en: 'Bonus deductions', zh: '扣奖金' },
  carriedOver: { en: 'Carried over', zh: '结转下月' },
  charges: { en: 'Charges', zh: '赔偿' },
  score: { en: 'Score', zh: '得分' },
  points: { en: 'Points (±)', zh: '积分增减' },
  sanctions: { en: 'Sanctions', zh: '处分' },
};

function ledgerValue(entry: LedgerEntry | undefined, field: Exclude<LedgerField, 'sanctions'>): string {
  if (entry === undefined) return '—';
  if (field === 'score') return String(entry.score);
  if (field === 'points') return entry.points > 0 ? `+${entry.points}` : String(entry.points);
  return money(entry[field]);
}

/**
 * The sanctions one side has and the other has not, each once with its count (`除名（P10 (五)1） ×12`):
 * a whole month's list on both sides would bury the change.
 */
function sanctionChanges(before: readonly Sanction[], after: readonly Sanction[], lang: Lang): [string, string] {
  const count = (list: readonly Sanction[]) => {
    const n = new Map<string, number>();
    for (const s of list) {
      const text = sanctionText(s, lang);
      n.set(text, (n.get(text) ?? 0) + 1);
    }
    return n;
  };
  const was = count(before);
  const is = count(after);
  const only = (a: Map<string, number>, b: Map<string, number>) =>
    [...a]
      .map(([text, n]) => [text, n - (b.get(text) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .map(([text, n]) => (n === 1 ? text : `${text} ×${n}`))
      .join('; ') || '—';
  return [only(was, is), only(is, was)];
}

/** A finding's evidence lines, short: a month finding may stand on hundreds (`12, 15, 18 … (+61)`). */
function shortLines(lines: readonly number[]): string {
  return lines.length <= 3 ? lines.join(',') : `${lines.slice(0, 3).join(',')} … (+${lines.length - 3})`;
}

/** The findings CSV's headers under `--lang zh` (English keeps the field names, as JSON has them). */
const CSV_HEADERS_ZH: Readonly<Record<string, string>> = {
  lines: '行号',
  ruleId: '规则',
  policy: '制度',
  clause: '条款',
  status: '状态',
  key: '事项',
  employee: '工号',
  department: '部门',
  value: '结果',
  dueAt: '期限',
  measured: '实测',
  target: '目标',
  sanctions: '处罚',
  explanation: '说明',
};

export function findingColumns(lang: Lang = 'en'): CsvColumn[] {
  return Object.entries(CSV_HEADERS_ZH).map(([key, zh]) => ({ key, header: lang === 'zh' ? zh : key }));
}

/**
 * A finding's value as one cell: a number stays a number (the formula guard is for text; a negative amount
 * must not become `'-5`), anything else its text or JSON.
 */
const csvQuantity = (q: Quantity, lang: Lang) => (lang === 'zh' ? quantityText(q, lang) : `${q.value} ${q.unit}`);
const csvTarget = (t: Target, lang: Lang) =>
  lang === 'zh' ? targetText(t, lang) : `${t.comparator} ${t.value} ${t.unit}`;

export function valueCell(value: unknown): number | string | undefined {
  if (value === undefined || typeof value === 'number') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * One finding as a CSV row. In English, machine-readable codes for status and units (`breached`,
 * `3 ring`), as a script reading the file expects; in Chinese, the words a supervisor reads (`违规`,
 * `3声`, `≤ 3声`) — a script reads the JSON.
 */
export function findingCsvRow(f: Finding, lang: Lang): CsvRow {
  const r = f.result;
  const value = valueCell(r.value);
  return {
    lines: f.lines.join(' '),
    ruleId: r.ruleId,
    policy: r.policy,
    clause: r.clause,
    status: lang === 'zh' ? findingStatusLabel(r.status ?? 'computed', lang) : (r.status ?? 'computed'),
    key: f.key,
    employee: f.employee,
    department: f.department,
    value,
    dueAt: r.dueAt,
    measured: r.measured ? csvQuantity(r.measured, lang) : undefined,
    target: r.target ? csvTarget(r.target, lang) : undefined,
    sanctions: r.sanctions.map((s) => sanctionText(s, lang)).join(lang === 'zh' ? '；' : '; '),
    explanation: r.explanation[lang],
  };
}
