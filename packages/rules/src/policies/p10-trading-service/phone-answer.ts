/**
 * (二)電話接聽客服 2、操作程序: 來電鈴聲三聲鈴聲之內須接聽電話，熱情并正確使用工作術語:“您好，山東標金，請問什么事情可以幫您”。
 * The organisation's name is the configuration's `orgName`, else the parameter `orgName` (seed: 山東標金). By default
 * the greeting must open what was said (anything after it, a staff number say, is allowed); traditional and
 * simplified forms, punctuation and spacing do not matter (the kernel's foldForMatch, which reads 甚麼 as 什麼).
 * A call never answered (`answered` false) is breached once the rings allowed ran out; a caller who hung up before
 * that is no breach (not applicable), as P08.phone-answer reads the same words.
 */
import * as z from 'zod';
import { foldForMatch, toSimplified, usesPhrase } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { unansweredCall } from '../../kernel/helpers.js';
import type { Bilingual, Status } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';
import { withServiceBreach } from './service-breach.js';

export const phoneAnswer = defineRule({
  id: 'P10.phone-answer',
  policy: 'P10',
  clause: '(二)操作程序',
  seedLines: [291, 291],
  kind: 'check',
  title: { en: 'Answer within 3 rings with the standard greeting', zh: '三声铃响内接听并使用标准问候语' },
  facts: z
    .object({
      rings: count.meta({
        description: 'rings before the call was answered (or before the caller hung up)',
        zh: '接听前的响铃次数（或来电挂断前）',
      }),
      greeting: z.string().max(2000).optional().meta({
        description: 'what the answering staff member said first (required when answered)',
        zh: '接听员工说的第一句话（接听时必填）',
      }),
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
        .meta({ description: 'rings within which the call is answered', zh: '须在几声响铃内接听' }),
      greeting: z.string().min(1).max(200).default('您好，{org}，請問什麼事情可以幫您').meta({
        description: 'the standard greeting; {org} is replaced by the organisation name',
        zh: '标准问候语；{org} 替换为单位名称',
      }),
      orgName: z
        .string()
        .min(1)
        .max(100)
        .default('山東標金')
        .meta({ description: 'organisation name when the configuration has none', zh: '配置中没有时使用的单位名称' }),
      greetingMatch: z.enum(['exact', 'starts-with', 'contains']).default('starts-with').meta({
        description: 'how strictly what was said must match the greeting',
        zh: '所说的话与问候语须吻合的严格程度',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    // Phrases folded for matching, remembered by the run (`ctx.words`).
    const fold = (text: string) => ctx.words.fold(text, foldForMatch);
    const p = ctx.params;
    const expected = p.greeting.replaceAll('{org}', ctx.orgName ?? p.orgName);
    const measured = { value: f.rings, unit: 'ring' as const };
    const target = { value: p.maxRings, unit: 'ring' as const, comparator: '<=' as const };
    if (!f.answered) {
      if (f.greeting !== undefined) throw badFact(['greeting'], 'a call that was not answered has no greeting');
      return withServiceBreach(unansweredCall(f.rings, p.maxRings));
    }
    if (f.greeting === undefined) throw badFact(['greeting'], 'required when the call was answered');
    const ringsOk = f.rings <= p.maxRings;
    // A standard greeting of punctuation only asks for nothing.
    const greetingOk = fold(expected) === '' || usesPhrase(f.greeting, expected, p.greetingMatch, fold);
    const ringText: Bilingual = {
      en: `answered after ${f.rings} ring(s) (at most ${p.maxRings})`,
      zh: `铃响${f.rings}声接听（不超过${p.maxRings}声）`,
    };
    const greetText: Bilingual = greetingOk
      ? { en: 'with the standard greeting', zh: '使用了标准问候语' }
      : // The seed's greeting is in traditional script; the Chinese explanation is simplified, as all of Kefu's (#15).
        { en: `without the standard greeting 「${expected}」`, zh: `未使用标准问候语「${toSimplified(expected)}」` };
    const status: Status = ringsOk && greetingOk ? 'met' : 'breached';
    return withServiceBreach({
      status,
      measured,
      target,
      explanation: { en: `Phone ${ringText.en} ${greetText.en}`, zh: `电话${ringText.zh}，${greetText.zh}` },
    });
  },
});
