/**
 * 1.3.1: 根據實際需要申請物資，以'內部聯絡單'形式向所屬業務部提交申請；該'內部聯絡單'由現場總代表審核，以電子版形式發給
 * 所屬業務部計劃員；現場提交的內部聯絡單'必須寫明申請物資編碼、物資名稱、緊急程度等內容。
 * Read: the three items named are required (等內容 lets an organisation add the quantity through `requiredFields`);
 * the seed gives no urgency scale, so any stated urgency counts; the site chief's review is required as well.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinClauses, NO_SANCTION } from '../../kernel/helpers.js';
import { listNames, missingFields, requiredFieldsParam } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { count } from '../../kernel/schemas.js';

const FIELDS = ['materialCode', 'materialName', 'urgency', 'quantity'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  materialCode: { en: 'material code', zh: '物资编码' },
  materialName: { en: 'material name', zh: '物资名称' },
  urgency: { en: 'urgency', zh: '紧急程度' },
  quantity: { en: 'quantity', zh: '申请数量' },
};

const text = z.string().trim().max(200);

export const requisitionForm = defineRule({
  id: 'P06.requisition-form',
  policy: 'P06',
  clause: '1.3.1',
  seedLines: [155, 157],
  kind: 'check',
  title: {
    en: 'An internal requisition names code, name and urgency and is reviewed by the site chief',
    zh: '内部联络单须写明物资编码、名称、紧急程度并经现场总代表审核',
  },
  facts: z
    .object({
      materialCode: text.optional().meta({
        description: 'material code (物資編碼); absent or blank: not written',
        zh: '物资编码；缺省或空白：未填写',
      }),
      materialName: text.optional().meta({ description: 'material name (物資名稱)', zh: '物资名称' }),
      urgency: text.optional().meta({
        description: 'urgency (緊急程度) as written, e.g. normal / urgent',
        zh: '填写的紧急程度，例如普通 / 紧急',
      }),
      quantity: count.optional().meta({
        description: 'quantity requested (required only if configured)',
        zh: '申请数量（仅在配置要求时必填）',
      }),
      reviewedBySiteChief: z
        .boolean()
        .meta({ description: "reviewed by the site's chief representative (現場總代表)", zh: '经现场总代表审核' }),
    })
    .strict(),
  params: z
    .object({
      requiredFields: requiredFieldsParam(FIELDS, ['materialCode', 'materialName', 'urgency']).meta({
        description: 'items the requisition must state (seed: code, name, urgency)',
        zh: '申购单必须写明的项目（原文：编码、名称、紧急程度）',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const required = [...new Set(ctx.params.requiredFields)];
    const missing = missingFields(f, required);
    const stated = required.length - missing.length;
    const measured = { value: stated, unit: 'item' as const };
    const target = { value: required.length, unit: 'item' as const, comparator: '>=' as const };
    const problems: Bilingual[] = [];
    if (missing.length > 0) {
      const list = listNames(missing, NAMES);
      problems.push({ en: `it does not state ${list.en}`, zh: `未写明${list.zh}` });
    }
    if (!f.reviewedBySiteChief) {
      problems.push({ en: "the site's chief representative has not reviewed it", zh: '未经现场总代表审核' });
    }
    if (problems.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `The internal requisition states all ${required.length} required items and was reviewed by the site chief; it may go to the planner`,
          zh: `内部联络单已写明全部${required.length}项必填内容并经现场总代表审核，可发送业务部计划员`,
        },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `The internal requisition is not ready (${stated} of ${required.length} items stated): ${joinClauses(problems).en}; it goes back to the site to be completed (${NO_SANCTION.en})`,
        zh: `内部联络单不合要求（必填内容${required.length}项中写明${stated}项）：${joinClauses(problems).zh}；退回现场补全后再提交（${NO_SANCTION.zh}）`,
      },
    };
  },
});
