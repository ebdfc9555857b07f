/**
 * 4.6: 前臺值崗人員應將工作處理過程詳細的記錄在《值班日志》中，《值班日志》不得撕頁，記錄不得涂改…
 * Reading: any torn-out or altered page breaches the clause. A page number missing between the lowest and
 * highest supplied (a gap in the numbering) counts as a torn-out page (`gapsAreTorn`, default true), since
 * a page torn out of a numbered log shows as exactly that. No pages supplied: not applicable.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { NO_PENALTY } from './consequence.js';

const page = z
  .object({
    number: z
      .number()
      .int()
      .min(1)
      .max(1_000_000)
      .meta({ description: 'the page number printed on the log', zh: '日志上印的页码' }),
    torn: z.boolean().meta({ description: 'the page was torn out', zh: '该页被撕去' }),
    altered: z.boolean().meta({ description: 'an entry on the page was altered (涂改)', zh: '该页上的记录被涂改' }),
  })
  .strict();

function listPages(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 20).join(', ');
  return numbers.length > 20 ? `${shown} …` : shown;
}

export const logIntegrity = defineRule({
  id: 'P08.log-integrity',
  policy: 'P08',
  clause: '4.6',
  seedLines: [205, 205],
  kind: 'check',
  title: { en: 'Duty log: no torn-out pages, no altered entries', zh: '值班日志不得撕页、不得涂改' },
  facts: z
    .object({
      pages: z
        .array(page)
        .max(100_000)
        .meta({ description: 'the pages of the duty log as inspected', zh: '检查时的值班日志各页' }),
    })
    .strict(),
  params: z
    .object({
      gapsAreTorn: z
        .boolean()
        .default(true)
        .meta({ description: 'a gap in the page numbering counts as a torn-out page', zh: '页码中断视为撕页' }),
    })
    .strict(),
  evaluate(f, ctx) {
    if (f.pages.length === 0) {
      return {
        status: 'not-applicable',
        explanation: { en: 'No duty-log pages were supplied to inspect', zh: '未提供需检查的值班日志页' },
      };
    }
    const seen = new Set<number>();
    f.pages.forEach((p, i) => {
      if (seen.has(p.number)) throw badFact(['pages', i, 'number'], `page ${p.number} is listed twice`);
      seen.add(p.number);
    });
    const torn = f.pages.filter((p) => p.torn).map((p) => p.number);
    const altered = f.pages.filter((p) => p.altered).map((p) => p.number);
    const numbers = [...seen].sort((a, b) => a - b);
    // Missing numbers are counted exactly but listed only in part: a jump of thousands is not enumerated.
    const missing: number[] = [];
    let missingCount = 0;
    if (ctx.params.gapsAreTorn) {
      for (let i = 1; i < numbers.length; i += 1) {
        const prev = numbers[i - 1] ?? 0;
        const next = numbers[i] ?? 0;
        missingCount += next - prev - 1;
        for (let n = prev + 1; n < next && missing.length < 21; n += 1) missing.push(n);
      }
    }
    // Missing numbers are never among the supplied (torn or altered) pages, so the counts add up.
    const defective = new Set([...torn, ...altered]).size + missingCount;
    const measured = { value: defective, unit: 'page' as const };
    const target = { value: 0, unit: 'page' as const, comparator: '<=' as const };
    if (defective === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `All ${f.pages.length} pages are intact and unaltered (0 defective pages allowed)`,
          zh: `${f.pages.length}页日志均完整且无涂改（不允许任何缺页或涂改）`,
        },
      };
    }
    const en: string[] = [];
    const zh: string[] = [];
    if (torn.length) {
      en.push(`torn out: page(s) ${listPages(torn)}`);
      zh.push(`撕页：第${listPages(torn)}页`);
    }
    if (missing.length) {
      en.push(`${missingCount} missing from the numbering (read as torn out): ${listPages(missing)}`);
      zh.push(`页码缺失${missingCount}页（视为撕页）：第${listPages(missing)}页`);
    }
    if (altered.length) {
      en.push(`altered entries: page(s) ${listPages(altered)}`);
      zh.push(`涂改：第${listPages(altered)}页`);
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `${defective} defective page(s) where none are allowed — ${en.join('; ')}; ${NO_PENALTY.en}`,
        zh: `有${defective}页不合规（不允许任何撕页或涂改）——${zh.join('；')}；${NO_PENALTY.zh}`,
      },
    };
  },
});
