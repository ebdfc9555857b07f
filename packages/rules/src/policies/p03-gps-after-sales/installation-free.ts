/**
 * 專業安裝: 我們擁有專業安裝人員，免費上門設計、安裝。
 * Design and installation visits are free: whatever was charged for one is owed back to the customer.
 * (P03.repair-charge prices repairs, 保修與維護; an installation is not a repair.)
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { yuanToFen } from '../../kernel/money.js';
import type { Bilingual } from '../../kernel/result.js';
import { yuan } from '../../kernel/schemas.js';

const WORK: Readonly<Record<'design' | 'installation', Bilingual>> = {
  design: { en: 'a design visit', zh: '上门设计' },
  installation: { en: 'an installation', zh: '上门安装' },
};

export const installationFree = defineRule({
  id: 'P03.installation-free',
  policy: 'P03',
  clause: '專業安裝',
  seedLines: [82, 82],
  kind: 'check',
  title: { en: 'Design and installation visits are free', zh: '免费上门设计、安装' },
  facts: z
    .object({
      charged: yuan.meta({
        description: 'what the customer was charged for the visit, yuan (must be 0)',
        zh: '就本次上门向客户收取的金额（元）（应为0）',
      }),
      work: z
        .enum(['design', 'installation'])
        .default('installation')
        .meta({ description: 'the visit: design or installation', zh: '上门事项：设计或安装' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f, ctx) {
    const work = WORK[f.work];
    const charged = ctx.words.yuan(f.charged);
    const measured = { value: f.charged, unit: 'yuan' as const };
    const target = { value: 0, unit: 'yuan' as const, comparator: '<=' as const };
    if (yuanToFen(f.charged) === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: { en: `No charge for ${work.en}, as required`, zh: `${work.zh}未收费，符合免费要求` },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `Charged ${charged.en} for ${work.en}; design and installation visits are free, the amount is owed back (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${work.zh}收取了${charged.zh}；上门设计、安装应免费，须退还（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
