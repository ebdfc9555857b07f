/**
 * Words for plain-text output, in English and Chinese, that are the CLI's own. Status labels, sanction
 * names and the calendar's words come from `@kefu/ui-kit/text`, the kit's Ink-free entry, so a piped
 * table reads the same as the terminal one without loading Ink on the plain and JSON paths.
 */
import type { DayInfo, DeadlineKind, Quantity, RuleKind, Sanction, Target, Unit } from '@kefu/rules';
import { formatSanction } from '@kefu/ui-kit/text';
import type { Lang } from '../context.js';

const KIND: Readonly<Record<Lang, Readonly<Record<RuleKind, string>>>> = {
  en: { check: 'check', compute: 'compute' },
  zh: { check: '检查', compute: '计算' },
};

export function kindText(kind: RuleKind, lang: Lang): string {
  return KIND[lang][kind];
}

/**
 * `fine 100.00 yuan (P10 (五)1)`, `−1 points (P12 2)`, `罚款 1000.00 元（P10 連帶責任）`: ui-kit's sanction line,
 * with amounts not grouped in thousands (plain text and CSV print `1000.00`, not `1,000.00`).
 */
export function sanctionText(sanction: Sanction, lang: Lang): string {
  return formatSanction(sanction, lang, { grouping: false });
}

const WORDS = {
  id: { en: 'Rule', zh: '规则' },
  policy: { en: 'Policy', zh: '制度' },
  clause: { en: 'Clause', zh: '条款' },
  kind: { en: 'Kind', zh: '类型' },
  title: { en: 'Title', zh: '名称' },
  rules: { en: 'Rules', zh: '规则' },
  seedLines: { en: 'Seed lines', zh: '原文行' },
  seedTitle: { en: 'Seed heading', zh: '原文标题' },
  seedWords: { en: "The seed's own words", zh: '原文' },
  facts: { en: 'Facts', zh: '事实' },
  params: { en: 'Parameters', zh: '参数' },
  field: { en: 'Field', zh: '字段' },
  type: { en: 'Type', zh: '类型' },
  required: { en: 'Required', zh: '必填' },
  default: { en: 'Default', zh: '默认值' },
  description: { en: 'Description', zh: '说明' },
  yes: { en: 'yes', zh: '是' },
  no: { en: 'no', zh: '否' },
  status: { en: 'Status', zh: '状态' },
  value: { en: 'Value', zh: '结果' },
  dueAt: { en: 'Due', zh: '期限' },
  measured: { en: 'Measured', zh: '实测' },
  target: { en: 'Target', zh: '目标' },
  sanctions: { en: 'Sanctions', zh: '处罚' },
  explanation: { en: 'Explanation', zh: '说明' },
  warnings: { en: 'Warnings', zh: '提示' },
  deadline: { en: 'Deadline', zh: '期限计算' },
  skipped: { en: 'Days skipped', zh: '跳过的日期' },
  date: { en: 'Date', zh: '日期' },
  reason: { en: 'Reason', zh: '原因' },
  holiday: { en: 'Holiday', zh: '节日' },
  count: { en: 'Count', zh: '数量' },
  none: { en: 'none', zh: '无' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type Word = keyof typeof WORDS;

export function word(key: Word, lang: Lang): string {
  return WORDS[key][lang];
}

/**
 * What a day of the calendar is, for the days a deadline skipped (#15: not "holiday" for every one): a
 * weekend, a public holiday, a weekend inside a holiday's break, an adjusted working day (调休上班).
 */
export function dayReasonText(day: Pick<DayInfo, 'reason' | 'weekday'>, lang: Lang): string {
  const zh = lang === 'zh';
  switch (day.reason) {
    case 'weekday':
      return zh ? '工作日' : 'working day';
    case 'weekend':
      return zh ? '周末' : 'weekend';
    case 'make-up':
      return zh ? '调休上班日' : 'adjusted working day';
    case 'holiday':
      if (day.weekday >= 6) return zh ? '周末（假期内）' : 'weekend (in the holiday break)';
      return zh ? '法定节假日' : 'public holiday';
  }
}

const DEADLINE_KINDS: Readonly<Record<DeadlineKind, Readonly<Record<Lang, string>>>> = {
  clock: { en: 'clock', zh: '按时钟计' },
  'calendar-days': { en: 'calendar days', zh: '自然日' },
  'working-days': { en: 'working days', zh: '工作日' },
  'day-of-month': { en: 'day of the month', zh: '每月固定日' },
  fixed: { en: 'fixed date', zh: '固定日期' },
};

export function deadlineKindText(kind: DeadlineKind, lang: Lang): string {
  return DEADLINE_KINDS[kind][lang];
}

const UNITS: Readonly<Record<Unit, Readonly<Record<Lang, readonly [string, string]>>>> = {
  millisecond: { en: ['millisecond', 'milliseconds'], zh: ['毫秒', '毫秒'] },
  second: { en: ['second', 'seconds'], zh: ['秒', '秒'] },
  minute: { en: ['minute', 'minutes'], zh: ['分钟', '分钟'] },
  hour: { en: ['hour', 'hours'], zh: ['小时', '小时'] },
  day: { en: ['day', 'days'], zh: ['天', '天'] },
  'working-day': { en: ['working day', 'working days'], zh: ['个工作日', '个工作日'] },
  month: { en: ['month', 'months'], zh: ['个月', '个月'] },
  ratio: { en: ['', ''], zh: ['', ''] },
  count: { en: ['', ''], zh: ['', ''] },
  yuan: { en: ['yuan', 'yuan'], zh: ['元', '元'] },
  point: { en: ['point', 'points'], zh: ['分', '分'] },
  ring: { en: ['ring', 'rings'], zh: ['声', '声'] },
  page: { en: ['page', 'pages'], zh: ['页', '页'] },
  step: { en: ['step', 'steps'], zh: ['步', '步'] },
  item: { en: ['item', 'items'], zh: ['项', '项'] },
};

/** `180 minutes`, `3个工作日`, `0分钟`, `0.25` (a ratio or a count has no unit word; Chinese sets none between). */
export function quantityText(q: Quantity, lang: Lang): string {
  const [one, many] = UNITS[q.unit][lang];
  const name = q.value === 1 ? one : many;
  if (!name) return String(q.value);
  return lang === 'zh' ? `${q.value}${name}` : `${q.value} ${name}`;
}

const COMPARATOR_ZH: Readonly<Record<Target['comparator'], string>> = {
  '<=': '≤',
  '>=': '≥',
  '<': '<',
  '>': '>',
  '=': '=',
};

/** `<= 3 rings`, `≤ 3声`. */
export function targetText(t: Target, lang: Lang): string {
  return `${lang === 'zh' ? COMPARATOR_ZH[t.comparator] : t.comparator} ${quantityText(t, lang)}`;
}
