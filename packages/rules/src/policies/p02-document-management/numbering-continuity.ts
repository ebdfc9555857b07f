/**
 * 2.3.2: 公司內部文件(包括聯絡單)，由各部收集、存檔和保管，必須保證完整性及連續性，以便備查。
 * The kept numbers of a series must run without gaps or duplicates. `from` / `to` (optional) give the
 * series' expected first and last numbers; without them the series runs from the lowest to the highest
 * number kept. Gaps are reported as ranges, so a huge gap costs nothing.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { count } from '../../kernel/schemas.js';

const SHOWN = 5;

export interface NumberingValue {
  /** Missing numbers, as inclusive ranges in ascending order. */
  readonly gaps: readonly { readonly from: number; readonly to: number }[];
  /** How many numbers are missing in all. */
  readonly missing: number;
  /** Numbers kept more than once, with how often. */
  readonly duplicates: readonly { readonly number: number; readonly count: number }[];
}

const rangeText = (g: { from: number; to: number }) => (g.from === g.to ? `${g.from}` : `${g.from}–${g.to}`);

function list<T>(items: readonly T[], show: (t: T) => string): string {
  const head = items.slice(0, SHOWN).map(show).join(', ');
  return items.length > SHOWN ? `${head} … (+${items.length - SHOWN})` : head;
}

export const numberingContinuity = defineRule({
  id: 'P02.numbering-continuity',
  policy: 'P02',
  clause: '2.3.2',
  seedLines: [78, 78],
  kind: 'check',
  title: { en: 'Internal documents kept complete and continuously numbered', zh: '内部文件保证完整性及连续性' },
  facts: z
    .object({
      numbers: z
        .array(count)
        .max(100_000)
        .meta({ description: 'the numbers of the documents kept, in any order', zh: '保存的文件编号，顺序不限' }),
      from: count.optional().meta({ description: "the series' expected first number", zh: '该系列应有的第一个编号' }),
      to: count.optional().meta({ description: "the series' expected last number", zh: '该系列应有的最后一个编号' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.from !== undefined && f.to !== undefined && f.to < f.from) throw badFact(['to'], 'must not be below from');
    f.numbers.forEach((n, i) => {
      if ((f.from !== undefined && n < f.from) || (f.to !== undefined && n > f.to)) {
        throw badFact(['numbers', i], `${n} lies outside the series ${f.from ?? ''}–${f.to ?? ''}`);
      }
    });
    const sorted = [...f.numbers].sort((a, b) => a - b);
    const low = f.from ?? sorted[0];
    const high = f.to ?? sorted[sorted.length - 1];
    if (low === undefined || high === undefined) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No numbers kept and no series given: nothing to check', zh: '无文件编号，无需检查' },
      };
    }
    const gaps: { from: number; to: number }[] = [];
    const duplicates: { number: number; count: number }[] = [];
    let expected = low;
    for (let i = 0; i < sorted.length; ) {
      const n = sorted[i] ?? expected;
      let j = i;
      while (sorted[j] === n) j += 1;
      if (j - i > 1) duplicates.push({ number: n, count: j - i });
      if (n > expected) gaps.push({ from: expected, to: n - 1 });
      expected = n + 1;
      i = j;
    }
    if (expected <= high) gaps.push({ from: expected, to: high });
    const missing = gaps.reduce((sum, g) => sum + (g.to - g.from + 1), 0);
    const value: NumberingValue = { gaps, missing, duplicates };
    const series = `${low}–${high}`;
    const measured = { value: missing + duplicates.length, unit: 'count' as const };
    const target = { value: 0, unit: 'count' as const, comparator: '=' as const };
    if (gaps.length === 0 && duplicates.length === 0) {
      return {
        status: 'met',
        value,
        measured,
        target,
        explanation: {
          en: `Numbers ${series} are complete and continuous (${sorted.length} documents)`,
          zh: `编号${series}完整连续（共${sorted.length}份）`,
        },
      };
    }
    const en: string[] = [];
    const zh: string[] = [];
    if (gaps.length > 0) {
      en.push(`${missing} missing (${list(gaps, rangeText)})`);
      zh.push(`缺号${missing}个（${list(gaps, rangeText)}）`);
    }
    if (duplicates.length > 0) {
      const dup = list(duplicates, (d) => `${d.number}×${d.count}`);
      en.push(`duplicated ${dup}`);
      zh.push(`重号${dup}`);
    }
    return {
      status: 'breached',
      value,
      measured,
      target,
      explanation: {
        en: `Numbers ${series} are not complete and continuous: ${en.join('; ')} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `编号${series}不完整连续：${zh.join('；')}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
