/**
 * 第三條: 凡本公司產品遇客戶反應質量異常的申訴(以下簡稱“客訴”)時，依本施行辦法的規定辦理。(如未造成損失時業務部或
 * 有關單位前往處理時，應填報“異常處理單”反應有關單位改善)。
 * A quality reaction that caused no loss, handled by sales or another unit on site, is reported on an
 * 異常處理單 so the units concerned improve. One that caused a loss is a complaint under 第九條 (not this rule).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const anomalyForm = defineRule({
  id: 'P13.anomaly-form',
  policy: 'P13',
  clause: '第三條',
  seedLines: [396, 397],
  kind: 'check',
  title: {
    en: 'A no-loss quality reaction handled on site is reported on an anomaly form',
    zh: '未造成损失、前往现场处理的质量异常须填报异常处理单',
  },
  facts: z
    .object({
      lossCaused: z.boolean().default(false).meta({
        description: 'the defect caused the customer a loss: a complaint under 第九條, not this rule',
        zh: '异常已造成损失：按第九条客诉处理，不适用本规则',
      }),
      handledOnSite: z.boolean().default(true).meta({
        description: 'sales or another unit went to handle it (前往處理)',
        zh: '业务部或有关单位前往处理',
      }),
      formFiled: z.boolean().default(false).meta({
        description: 'an 異常處理單 was filed to the units concerned',
        zh: '已填报异常处理单反映有关单位',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    if (f.lossCaused || !f.handledOnSite) {
      return {
        status: 'not-applicable',
        explanation: f.lossCaused
          ? { en: 'It caused a loss: it is a complaint under 第九條', zh: '已造成损失，按第九条客诉处理' }
          : { en: 'Nobody went to handle it on site', zh: '未前往现场处理' },
      };
    }
    if (f.formFiled) {
      return {
        status: 'met',
        explanation: {
          en: 'The no-loss quality reaction handled on site was reported on an anomaly form',
          zh: '未造成损失的质量异常经现场处理后已填报异常处理单',
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `The no-loss quality reaction was handled on site but no anomaly form (異常處理單) was filed (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `未造成损失的质量异常经现场处理后未填报异常处理单（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
