/**
 * 質量記錄 1–3: 日常記錄《物品放行條》…《特別事項報告》; 月度記錄《培訓計劃表》、《部門客戶投訴工作月報》;
 * 年度記錄《問卷結果統計表》、《年度社區文化活動計劃表》。 4 要求: 內容完整有效 …
 * The forms a day, month or year must have are parameters (the seed's lists by default). Names match
 * with or without 《》 and in traditional or simplified script. A form listed as `incomplete` is present
 * but not complete and valid (要求: 內容完整有效), which breaches the rule too.
 */
import * as z from 'zod';
import { foldForMatch, toSimplified } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { consequenceOf, joinParts } from './period.js';
import { DAILY_FORMS, formKey, MONTHLY_FORMS, YEARLY_FORMS } from './record-forms.js';

const formList = (defaults: readonly string[], what: Bilingual) =>
  z
    .array(z.string().trim().min(1).max(100))
    .min(1)
    .max(100)
    .default([...defaults])
    .meta({ description: what.en, zh: what.zh });

const PERIOD_WORDS: Readonly<Record<'day' | 'month' | 'year', Bilingual>> = {
  day: { en: 'daily', zh: '日常' },
  month: { en: 'monthly', zh: '月度' },
  year: { en: 'yearly', zh: '年度' },
};

const quote = (names: readonly string[]) => ({
  en: names.map((n) => `《${n}》`).join(', '),
  zh: names.map((n) => `《${toSimplified(n)}》`).join('、'),
});

export const records = defineRule({
  id: 'P01.records',
  policy: 'P01',
  clause: '質量記錄',
  seedLines: [39, 49],
  kind: 'check',
  title: {
    en: 'Daily, monthly and yearly quality records present and complete',
    zh: '日常、月度、年度质量记录齐全完整',
  },
  facts: z
    .object({
      period: z
        .enum(['day', 'month', 'year'])
        .meta({ description: 'which list of forms applies', zh: '适用哪一份表单清单' }),
      present: z
        .array(z.string().max(100))
        .max(500)
        .meta({ description: 'names of the forms kept for the period', zh: '该期保存的表单名称' }),
      incomplete: z.array(z.string().max(100)).max(500).default([]).meta({
        description: 'forms kept but not complete and valid (內容完整有效)',
        zh: '已保存但内容不完整有效的表单（内容完整有效）',
      }),
    })
    .strict(),
  params: z
    .object({
      daily: formList(DAILY_FORMS, {
        en: 'daily record forms (seed line 40: 15 forms)',
        zh: '日常记录表单（原文第40行：15种）',
      }),
      monthly: formList(MONTHLY_FORMS, { en: 'monthly record forms (seed line 42)', zh: '月度记录表单（原文第42行）' }),
      yearly: formList(YEARLY_FORMS, { en: 'yearly record forms (seed line 44)', zh: '年度记录表单（原文第44行）' }),
    })
    .strict(),
  evaluate(f, ctx) {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const p = ctx.params;
    const required = f.period === 'day' ? p.daily : f.period === 'month' ? p.monthly : p.yearly;
    const key = (name: string) => formKey(name, fold);
    const presentKeys = new Set(f.present.map(key));
    f.incomplete.forEach((name, i) => {
      if (!presentKeys.has(key(name))) throw badFact(['incomplete', i], `${name} is not among the present forms`);
    });
    const incompleteKeys = new Set(f.incomplete.map(key));
    const missing = required.filter((n) => !presentKeys.has(key(n)));
    const partial = required.filter((n) => presentKeys.has(key(n)) && incompleteKeys.has(key(n)));
    const requiredKeys = new Set(required.map(key));
    const extra = f.present.filter((n) => !requiredKeys.has(key(n)));
    const warnings: Warning[] =
      extra.length === 0
        ? []
        : [
            {
              code: 'unlisted-form',
              en: `Not on the ${PERIOD_WORDS[f.period].en} list, ignored: ${quote(extra).en}`,
              zh: `不在${PERIOD_WORDS[f.period].zh}记录清单内，已忽略：${quote(extra).zh}`,
            },
          ];
    const good = required.length - missing.length - partial.length;
    const status = missing.length === 0 && partial.length === 0 ? 'met' : 'breached';
    const word = PERIOD_WORDS[f.period];
    const parts: Bilingual[] = [
      {
        en: `${good} of the ${required.length} ${word.en} record forms present and complete`,
        zh: `${word.zh}记录${required.length}种，齐全完整${good}种`,
      },
    ];
    if (missing.length > 0) parts.push({ en: `missing ${quote(missing).en}`, zh: `缺少${quote(missing).zh}` });
    if (partial.length > 0)
      parts.push({ en: `incomplete ${quote(partial).en}`, zh: `内容不完整：${quote(partial).zh}` });
    return {
      status,
      measured: { value: good, unit: 'item' },
      target: { value: required.length, unit: 'item', comparator: '=' },
      warnings,
      explanation: joinParts(status, parts, consequenceOf(status)),
    };
  },
});
