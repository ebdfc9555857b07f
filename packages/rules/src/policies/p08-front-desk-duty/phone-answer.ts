/**
 * 4.1(5): 電話鈴響三聲內必須接聽電話，且必須使用禮貌用語'您好，中原物業'。
 * Readings: three rings is inclusive (answered on the 3rd ring is met, the 4th is breached). The phrase is
 * 「{salutation}，{org}」 with org from the configuration's `orgName`, else the `orgName` parameter (seed:
 * 中原物業). An unanswered call breaches only once the rings allowed ran out: a caller hanging up earlier
 * (fewer than `maxRings` rings) is not applicable. The greeting must open with the phrase; words may follow. Punctuation, spaces, full-width forms
 * and traditional/simplified script are ignored (the kernel's foldForMatch); 你好 for 您好 is not the polite form.
 */
import * as z from 'zod';
import { foldForMatch, usesPhrase } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { joinClauses, unansweredCall, withConsequence } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

export const phoneAnswer = defineRule({
  id: 'P08.phone-answer',
  policy: 'P08',
  clause: '4.1(5)',
  seedLines: [196, 196],
  kind: 'check',
  title: { en: 'Answer the phone within 3 rings with the set greeting', zh: '电话铃响三声内接听并使用礼貌用语' },
  facts: z
    .object({
      rings: count.meta({
        description: 'rings before the phone was answered (or before the caller hung up)',
        zh: '接听前的响铃次数（或来电挂断前）',
      }),
      greeting: z
        .string()
        .max(500)
        .optional()
        .meta({ description: 'the words the phone was answered with', zh: '接听电话时所说的话' }),
      answered: z
        .boolean()
        .default(true)
        .meta({ description: 'false when the call was never answered', zh: '电话始终未接时为 false' }),
    })
    .strict(),
  params: z
    .object({
      maxRings: z
        .number()
        .int()
        .min(1)
        .max(20)
        .default(3)
        .meta({ description: 'answer on or before this ring', zh: '在第几声响铃以内接听' }),
      salutation: z
        .string()
        .min(1)
        .max(20)
        .default('您好')
        .meta({ description: 'the polite opening word', zh: '礼貌的开场用语' }),
      orgName: z.string().min(1).max(100).default('中原物業').meta({
        description: "organisation name in the greeting when the configuration's orgName is not set",
        zh: '配置未设 orgName 时问候语中的单位名称',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const p = ctx.params;
    const org = ctx.orgName ?? p.orgName;
    const phrase = `${p.salutation}，${org}`;
    const measured = { value: f.rings, unit: 'ring' as const };
    const target = { value: p.maxRings, unit: 'ring' as const, comparator: '<=' as const };
    if (!f.answered) {
      if (f.greeting !== undefined) throw badFact(['greeting'], 'a call that was not answered has no greeting');
      return withConsequence(unansweredCall(f.rings, p.maxRings), NO_PENALTY);
    }
    if (f.greeting === undefined) throw badFact(['greeting'], 'required when the call was answered');
    const faults: Bilingual[] = [];
    if (f.rings > p.maxRings) {
      faults.push({
        en: `answered on ring ${f.rings}, more than ${p.maxRings}`,
        zh: `铃响${f.rings}声才接听，超过${p.maxRings}声`,
      });
    }
    if (!usesPhrase(f.greeting, phrase, 'starts-with', fold)) {
      faults.push({
        en: `the greeting "${f.greeting}" does not open with 「${phrase}」`,
        zh: `问候语「${f.greeting}」未以「${phrase}」开头`,
      });
    }
    if (faults.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Answered on ring ${f.rings} (at most ${p.maxRings}) with 「${phrase}」 (punctuation and script ignored)`,
          zh: `铃响${f.rings}声内接听（不超过${p.maxRings}声），并使用「${phrase}」（不计标点与繁简）`,
        },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `Phone answering breached: ${joinClauses(faults).en}; ${NO_PENALTY.en}`,
        zh: `接听电话违规：${joinClauses(faults).zh}；${NO_PENALTY.zh}`,
      },
    };
  },
});
