/**
 * (二)電話回訪客服 1、工作細則 (line 302): ※客戶再次提出新的需求，應為客戶提供解決方案，如無法現場給予方案解決，在原有個案基礎上
 * 建立跟進個案，禮貌告之有解決方案將立即通知，禮貌結束通話，并及時與相關負責人協調解決方案，同時向客戶答復。
 * A new need raised at the callback and not solved on the call gets a follow-up case, opened on the original
 * case (linked to it) and answered. Judged when the callback file is closed: a follow-up case missing, not
 * linked to the original or never answered is breached (fined under (五)1).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinList } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { withServiceBreach } from './service-breach.js';

const caseId = (description: string, zh: string) => z.string().min(1).max(64).optional().meta({ description, zh });

export const followUpCase = defineRule({
  id: 'P10.follow-up-case',
  policy: 'P10',
  clause: '(二)回訪細則',
  seedLines: [302, 302],
  kind: 'check',
  title: {
    en: 'A new need not solved at the callback: a follow-up case on the original, answered',
    zh: '回访时提出新需求无法当场解决的，在原个案基础上建立跟进个案并答复客户',
  },
  facts: z
    .object({
      newNeed: z
        .boolean()
        .meta({ description: 'the customer raised a new need at the callback', zh: '客户在回访时提出新需求' }),
      solvedOnCall: z
        .boolean()
        .default(false)
        .meta({ description: 'the new need was solved on the call', zh: '新需求已当场解决' }),
      originalCase: caseId('the case the callback was for', '回访所针对的原个案'),
      followUpCase: caseId('the follow-up case opened for the new need', '为新需求建立的跟进个案'),
      followUpOf: caseId('the case the follow-up case names as its original', '跟进个案所关联的原个案'),
      followUpAnswered: z.boolean().default(false).meta({
        description: 'the customer was given the answer to the follow-up case',
        zh: '跟进个案已答复客户',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (!f.newNeed || f.solvedOnCall) {
      return {
        status: 'not-applicable',
        explanation: f.newNeed
          ? {
              en: 'The new need was solved on the call: no follow-up case owed',
              zh: '新需求已当场解决，无须建立跟进个案',
            }
          : { en: 'No new need at the callback: no follow-up case owed', zh: '回访时无新需求，无须建立跟进个案' },
      };
    }
    const missing: Bilingual[] = [];
    if (f.followUpCase === undefined) missing.push({ en: 'no follow-up case opened', zh: '未建立跟进个案' });
    // Linked: it names an original, the callback's own where the facts give it.
    else if (f.followUpOf === undefined || (f.originalCase !== undefined && f.followUpOf !== f.originalCase)) {
      missing.push({
        en: `follow-up case ${f.followUpCase} not linked to the original case`,
        zh: `跟进个案${f.followUpCase}未关联原个案`,
      });
    }
    if (!f.followUpAnswered) missing.push({ en: 'the customer not answered', zh: '未答复客户' });
    if (missing.length === 0) {
      return {
        status: 'met',
        explanation: {
          en: `Follow-up case ${f.followUpCase ?? ''} opened on the original case and answered`,
          zh: `已在原个案基础上建立跟进个案${f.followUpCase ?? ''}并答复客户`,
        },
      };
    }
    const what = joinList(missing);
    return withServiceBreach({
      status: 'breached',
      explanation: {
        en: `A new need not solved at the callback: ${what.en}`,
        zh: `回访时提出的新需求未当场解决：${what.zh}`,
      },
    });
  },
});
