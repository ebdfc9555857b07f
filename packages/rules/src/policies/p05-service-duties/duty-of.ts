/**
 * 一–十: the ten duties of customer-service staff (負責物業管理費收費通知單的發放… 執行公司的各項管理規章制度; full texts in
 * duties.ts). Which duty a task falls under, or that it falls under none.
 * Read: a task falls under the duty whose keywords it contains most (distinct keywords, at least `minHits`); a tie goes
 * to the duty the seed lists first, with a warning naming the others; no keyword of any duty: none of the ten. The
 * keywords are a parameter per duty, since the seed gives only the duties' wording.
 */

import * as z from 'zod';
import { foldForMatch } from '../../kernel/chinese.js';
import { defineRule, type Verdict } from '../../kernel/define-rule.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { DUTIES, DUTY_IDS, type DutyId } from './duties.js';

/** Latin text as space-separated lower-case words, padded, so a keyword can be matched at a word start. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

const keywordList = z.array(z.string().trim().min(1).max(60)).max(100);
const keywordParams = Object.fromEntries(
  DUTY_IDS.map((id) => [
    id,
    keywordList.default([...DUTIES[id].keywords]).meta({
      description: `words that place a task under duty ${DUTIES[id].numeral}`,
      zh: `把任务归入职责${DUTIES[id].numeral}的词语`,
    }),
  ]),
) as Record<DutyId, z.ZodDefault<typeof keywordList>>;

export interface DutyRef {
  readonly number: number;
  readonly id: DutyId;
  readonly zh: string;
  readonly zhHans: string;
  readonly en: string;
}

export interface DutyOf {
  /** The duty the task falls under; `null`: none of the ten. */
  readonly duty: DutyRef | null;
  /** The keywords of that duty found in the task. */
  readonly matched: readonly string[];
  /** Every duty with at least one keyword found, most hits first (seed order on ties). */
  readonly candidates: readonly { readonly id: DutyId; readonly number: number; readonly hits: number }[];
}

const LATIN = /^[\x20-\x7e]+$/;

/** The keywords of a list that occur in the task: Latin ones at a word start, Chinese ones anywhere. */
function hitsIn(task: string, keywords: readonly string[], fold: (text: string) => string): string[] {
  const cjk = fold(task);
  const latin = words(task);
  const found = keywords.filter((k) => {
    if (LATIN.test(k)) {
      const w = words(k).trimEnd();
      return w.trim().length > 0 && latin.includes(w);
    }
    const n = fold(k);
    return n.length > 0 && cjk.includes(n);
  });
  return [...new Set(found)];
}

function ref(id: DutyId): DutyRef {
  const d = DUTIES[id];
  return { number: d.number, id, zh: d.zh, zhHans: d.zhHans, en: d.en };
}

export const dutyOf = defineRule({
  id: 'P05.duty-of',
  policy: 'P05',
  clause: '一–十',
  seedLines: [137, 146],
  kind: 'compute',
  title: { en: 'Which of the ten customer-service duties a task falls under', zh: '任务属于客服十项职责中的哪一项' },
  facts: z
    .object({
      task: z
        .string()
        .trim()
        .min(1)
        .max(500)
        .meta({ description: 'the task, in Chinese (either script) or English', zh: '任务，中文（繁简均可）或英文' }),
    })
    .strict(),
  params: z
    .object({
      keywords: z
        .object(keywordParams)
        .strict()
        .prefault({})
        .meta({ description: 'keywords per duty (replacing the defaults)', zh: '各职责的关键词（替换默认值）' }),
      minHits: z.number().int().min(1).max(10).default(1).meta({
        description: 'keywords a task must contain to fall under a duty',
        zh: '任务须含有才归入某职责的关键词',
      }),
    })
    .strict(),
  evaluate(f, ctx): Verdict<DutyOf> {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const { keywords, minHits } = ctx.params;
    const scored = DUTY_IDS.map((id, order) => ({
      id,
      order,
      found: hitsIn(f.task, keywords[id], fold),
    }))
      .filter((s) => s.found.length > 0)
      .sort((a, b) => b.found.length - a.found.length || a.order - b.order);
    const candidates = scored.map((s) => ({ id: s.id, number: DUTIES[s.id].number, hits: s.found.length }));
    const best = scored[0];
    const shown = f.task.length > 40 ? `${f.task.slice(0, 40)}…` : f.task;
    if (best === undefined || best.found.length < minHits) {
      const near =
        best === undefined ? { en: 'no keyword of any duty', zh: '未含任何职责的关键词' } : nearMiss(best, minHits);
      return {
        value: { duty: null, matched: [], candidates },
        explanation: {
          en: `「${shown}」 falls under none of the ten customer-service duties (${near.en})`,
          zh: `「${shown}」不属于客服十项职责中的任何一项（${near.zh}）`,
        },
      };
    }
    const d = DUTIES[best.id];
    const tied = scored.filter((s) => s !== best && s.found.length === best.found.length);
    const warnings: Warning[] =
      tied.length === 0
        ? []
        : [
            {
              code: 'ambiguous-duty',
              en: `Duties ${tied.map((s) => DUTIES[s.id].number).join(', ')} match as well; the first in the seed's order is chosen`,
              zh: `职责${tied.map((s) => DUTIES[s.id].numeral).join('、')}同样匹配，按原文顺序取在前者`,
            },
          ];
    const list = best.found.join('、');
    return {
      value: { duty: ref(best.id), matched: best.found, candidates },
      warnings,
      explanation: {
        en: `「${shown}」 falls under duty ${d.number} (${d.numeral}): ${d.en} — matched ${list}`,
        zh: `「${shown}」属于第${d.numeral}项职责：${d.zhHans}（匹配：${list}）`,
      },
    };
  },
});

function nearMiss(best: { id: DutyId; found: readonly string[] }, minHits: number): Bilingual {
  const d = DUTIES[best.id];
  return {
    en: `at most ${best.found.length} keyword(s) of duty ${d.number}, fewer than the ${minHits} required`,
    zh: `最多仅含第${d.numeral}项职责的${best.found.length}个关键词，少于要求的${minHits}个`,
  };
}
