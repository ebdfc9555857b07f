/**
 * The monthly ledger as a supervisor reads it (issue #15): names beside ids, a person's own fines apart from
 * the joint liability they carry as a department head, points added and deducted apart (never one signed
 * figure under 「扣分」), every sanction that is not money (warnings, demerits, dismissal, deemed resignation,
 * referral), and the month each carried bonus amount comes from. One row model feeds the terminal table, the
 * ledger CSV, the workbook and the HTML report, so they cannot disagree. Every figure is the engine's.
 */
import type { LedgerEntry, LedgerPart, Sanction } from '@kefu/rules';
import { formatSanction, formatSignedPoints } from '@kefu/ui-kit/text';
import type { Lang } from '../context.js';
import { type Block, section } from './blocks.js';
import { type Directory, departmentLabel, personLabel } from './directory.js';

/** How a column's values are kept: text, or numbers the exports keep as numbers. */
export type ValueKind = 'text' | 'month' | 'money' | 'points' | 'signed-points' | 'score';

type LedgerField =
  | 'month'
  | 'employee'
  | 'name'
  | 'department'
  | 'ownFines'
  | 'jointFines'
  | 'fines'
  | 'wageDeductions'
  | 'bonusDeductions'
  | 'bonusCarriedIn'
  | 'carriedOver'
  | 'charges'
  | 'pointsAdded'
  | 'pointsDeducted'
  | 'points'
  | 'score'
  | 'marks'
  | 'sources';

export interface LedgerColumn {
  readonly key: LedgerField;
  readonly header: string;
  readonly kind: ValueKind;
}

export type LedgerRow = Readonly<Record<LedgerField, string | number>>;

const HEADERS: Readonly<Record<LedgerField, { readonly en: string; readonly zh: string; readonly kind: ValueKind }>> = {
  month: { en: 'Month', zh: '月份', kind: 'month' },
  employee: { en: 'Employee id', zh: '工号', kind: 'text' },
  name: { en: 'Name', zh: '姓名', kind: 'text' },
  department: { en: 'Department', zh: '部门', kind: 'text' },
  ownFines: { en: 'Own fines (yuan)', zh: '本人罚款（元）', kind: 'money' },
  jointFines: { en: 'Joint liability as head (yuan)', zh: '主管连带罚款（元）', kind: 'money' },
  fines: { en: 'Fines in all (yuan)', zh: '罚款合计（元）', kind: 'money' },
  wageDeductions: { en: 'Wage deducted (yuan)', zh: '扣工资（元）', kind: 'money' },
  bonusDeductions: { en: 'Bonus deducted (yuan)', zh: '扣绩效奖金（元）', kind: 'money' },
  bonusCarriedIn: { en: 'of which owed from earlier months (yuan)', zh: '其中以前月份结转（元）', kind: 'money' },
  carriedOver: { en: 'Carried to next month (yuan)', zh: '结转下月（元）', kind: 'money' },
  charges: { en: 'Charges (yuan)', zh: '个人承担费用（元）', kind: 'money' },
  pointsAdded: { en: 'Points added', zh: '加分', kind: 'points' },
  pointsDeducted: { en: 'Points deducted', zh: '扣分', kind: 'points' },
  points: { en: 'Net points (+ added, − deducted)', zh: '积分净变动（+加 −减）', kind: 'signed-points' },
  score: { en: 'Score', zh: '得分', kind: 'score' },
  marks: { en: 'Other sanctions', zh: '其他处分', kind: 'text' },
  sources: { en: 'Bonus amounts from other months', zh: '跨月奖金扣款', kind: 'text' },
};

/** The exports' columns, in order (the terminal shows fewer, see `ledgerBlocks`). */
const EXPORTED: readonly LedgerField[] = [
  'month',
  'employee',
  'name',
  'department',
  'ownFines',
  'jointFines',
  'fines',
  'wageDeductions',
  'bonusDeductions',
  'bonusCarriedIn',
  'carriedOver',
  'charges',
  'pointsAdded',
  'pointsDeducted',
  'points',
  'score',
  'marks',
  'sources',
];

function ledgerColumn(key: LedgerField, lang: Lang): LedgerColumn {
  const h = HEADERS[key];
  return { key, header: h[lang], kind: h.kind };
}

export function ledgerColumns(lang: Lang): LedgerColumn[] {
  return EXPORTED.map((key) => ledgerColumn(key, lang));
}

/** The sanctions that are not money or points, gravest first. */
const MARKS = [
  'dismissal',
  'deemed-resignation',
  'legal-referral',
  'major-demerit',
  'minor-demerit',
  'warning',
] as const;

/** `除名 ×6（P10 (五)1）；警告（P12 4.2.2(5)）`: each mark once per clause, with how many times. */
export function marksText(sanctions: readonly Sanction[], lang: Lang): string {
  const counted = new Map<string, { type: string; clause: string; count: number }>();
  for (const s of sanctions) {
    if (!(MARKS as readonly string[]).includes(s.type)) continue;
    const key = `${s.type}\u0000${s.clause}`;
    const seen = counted.get(key);
    const times = 'count' in s && typeof s.count === 'number' ? s.count : 1;
    counted.set(key, { type: s.type, clause: s.clause, count: (seen?.count ?? 0) + times });
  }
  const order = (t: string) => (MARKS as readonly string[]).indexOf(t);
  return [...counted.values()]
    .sort((a, b) => order(a.type) - order(b.type) || (a.clause < b.clause ? -1 : 1))
    .map((m) => formatSanction(m, lang))
    .join(lang === 'zh' ? '；' : '; ');
}

/** Sums yuan amounts in fen, so that 0.1 + 0.2 is 0.3. */
function sumYuan(parts: readonly LedgerPart[]): number {
  return parts.reduce((fen, p) => fen + Math.round(p.amount * 100), 0) / 100;
}

function partsText(parts: readonly LedgerPart[], lang: Lang): string {
  return parts
    .map((p) =>
      lang === 'zh'
        ? `${p.amount.toFixed(2)} 元源自 ${p.month}（${p.clause}）`
        : `${p.amount.toFixed(2)} owed from ${p.month} (${p.clause})`,
    )
    .join(lang === 'zh' ? '、' : ', ');
}

/** What a row's bonus deduction took from earlier months, and the months its carried balance comes from. */
function sourcesText(e: LedgerEntry, lang: Lang): string {
  const earlier = e.bonusDeductionsFrom.filter((p) => p.month !== e.month);
  const out: string[] = [];
  if (earlier.length > 0) {
    out.push(
      lang === 'zh'
        ? `本月扣款含以前月份结转：${partsText(earlier, lang)}`
        : `deducted this month from earlier months: ${partsText(earlier, lang)}`,
    );
  }
  if (e.carriedOverFrom.length > 0) {
    out.push(
      lang === 'zh'
        ? `结转下月：${partsText(e.carriedOverFrom, lang)}`
        : `carried to next month: ${partsText(e.carriedOverFrom, lang)}`,
    );
  }
  return out.join(lang === 'zh' ? '；' : '; ');
}

export function ledgerRow(e: LedgerEntry, dir: Directory, lang: Lang): LedgerRow {
  return {
    month: e.month,
    employee: e.employee,
    name: dir.person(e.employee) ?? '',
    department: departmentLabel(dir, e.department),
    ownFines: e.ownFines,
    jointFines: e.jointFines,
    fines: e.fines,
    wageDeductions: e.wageDeductions,
    bonusDeductions: e.bonusDeductions,
    bonusCarriedIn: sumYuan(e.bonusDeductionsFrom.filter((p) => p.month !== e.month)),
    carriedOver: e.carriedOver,
    charges: e.charges,
    pointsAdded: e.pointsAdded,
    pointsDeducted: e.pointsDeducted,
    points: e.points,
    score: e.score,
    marks: marksText(e.sanctions, lang),
    sources: sourcesText(e, lang),
  };
}

/** A value as text: money with two decimals, net points with an explicit sign (`+9`, `−6.5`). */
export function cellText(value: string | number, kind: ValueKind): string {
  if (typeof value === 'string') return value;
  if (kind === 'money') return value.toFixed(2);
  if (kind === 'signed-points') return formatSignedPoints(value);
  return String(value);
}

/** Rows of the ledger a terminal summary shows; --json and the exports have them all. */
const SHOWN = 50;

const TERMINAL: readonly LedgerField[] = [
  'month',
  'employee',
  'department',
  'ownFines',
  'jointFines',
  'wageDeductions',
  'bonusDeductions',
  'carriedOver',
  'charges',
  'pointsAdded',
  'pointsDeducted',
  'score',
  'marks',
];

/** Shorter headers for the terminal table, where the unit is said once in the title. */
const SHORT: Partial<Record<LedgerField, { readonly en: string; readonly zh: string }>> = {
  employee: { en: 'Employee', zh: '员工' },
  ownFines: { en: 'Own fines', zh: '本人罚款' },
  jointFines: { en: 'Joint (head)', zh: '主管连带' },
  wageDeductions: { en: 'Wage ded.', zh: '扣工资' },
  bonusDeductions: { en: 'Bonus ded.', zh: '扣奖金' },
  carriedOver: { en: 'Carried', zh: '结转下月' },
  charges: { en: 'Charges', zh: '个人费用' },
  marks: { en: 'Sanctions', zh: '处分' },
};

/** The ledger's columns where space is short (the terminal, the report's page): short headers, no totals. */
export function compactLedgerColumns(lang: Lang): LedgerColumn[] {
  return TERMINAL.map((key) => ({ key, header: (SHORT[key] ?? HEADERS[key])[lang], kind: HEADERS[key].kind }));
}

/** The ledger in the terminal: a table, then where carried bonus amounts come from. */
export function ledgerBlocks(all: readonly LedgerEntry[], dir: Directory, lang: Lang): Block[] {
  if (all.length === 0) return [];
  const zh = lang === 'zh';
  const shown = all.slice(0, SHOWN);
  const more = all.length - shown.length;
  // What says nothing is left out where space is short: the month when every row has the same one (it goes
  // in the title), and money columns that are zero on every row (named under the table).
  const months = new Set(all.map((e) => e.month));
  const oneMonth = months.size === 1 ? all[0]?.month : undefined;
  const ledgerRows = shown.map((e) => ({ e, row: ledgerRow(e, dir, lang) }));
  const allZero = (key: LedgerField) => HEADERS[key].kind === 'money' && ledgerRows.every(({ row }) => row[key] === 0);
  const columns = compactLedgerColumns(lang).filter(
    (c) => !(c.key === 'month' && oneMonth !== undefined) && !allZero(c.key),
  );
  const zeroColumns = compactLedgerColumns(lang).filter((c) => allZero(c.key));
  const rows = ledgerRows.map(({ e, row }) => {
    const cells: Record<string, string | number> = {};
    for (const c of columns) cells[c.key] = cellText(row[c.key], HEADERS[c.key].kind);
    cells.employee = personLabel(dir, e.employee);
    return cells;
  });
  const notes = shown
    .map((e) => [e, sourcesText(e, lang)] as const)
    .filter(([, text]) => text !== '')
    .map(([e, text]) => `${e.month} ${personLabel(dir, e.employee)}${zh ? '：' : ': '}${text}`);
  const title = zh
    ? `${oneMonth === undefined ? '' : `${oneMonth} `}月度处罚台账（金额：元）`
    : `Monthly ledger${oneMonth === undefined ? '' : ` ${oneMonth}`} (amounts in yuan)`;
  const blocks: Block[] = section(title, {
    kind: 'table',
    columns: columns.map((c) => ({
      key: c.key,
      header: c.header,
      ...(c.kind !== 'text' && c.kind !== 'month' && { align: 'right' as const }),
    })),
    rows,
  });
  if (zeroColumns.length > 0) {
    const names = zeroColumns.map((c) => c.header).join(zh ? '、' : ', ');
    blocks.push({
      kind: 'text',
      tone: 'dim',
      text: zh ? `${names}：全为 0，未列出。` : `${names}: 0 for everyone, not shown.`,
    });
  }
  if (more > 0) {
    blocks.push({
      kind: 'text',
      tone: 'dim',
      text: zh
        ? `……另有 ${more} 行；用 --json 或 --xlsx 查看全部。`
        : `… and ${more} more; --json or --xlsx lists them all.`,
    });
  }
  if (notes.length > 0) {
    blocks.push(
      ...section(zh ? '跨月奖金扣款' : 'Bonus amounts from other months', { kind: 'text', text: notes.join('\n') }),
    );
  }
  return blocks;
}
