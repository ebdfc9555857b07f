/**
 * 第十五條: 客戶投訴記錄卡中應寫明投訴客戶名稱、客戶要求、受理時間和編號、受理部門處理意見。
 * The handling department's opinion comes with the handling: while the complaint is still being handled
 * (`inProgress`), a card missing only that item is pending, not breached.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { listNames, missingFields } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

const FIELDS = ['customer', 'request', 'receivedAt', 'number', 'departmentOpinion'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  customer: { en: 'customer name', zh: '投诉客户名称' },
  request: { en: "customer's request", zh: '客户要求' },
  receivedAt: { en: 'time received', zh: '受理时间' },
  number: { en: 'number', zh: '编号' },
  departmentOpinion: { en: "handling department's opinion", zh: '受理部门处理意见' },
};

// Optional text fields, so a card with a gap is judged (breached) rather than rejected; blank counts as missing.
const text = z.string().max(10_000).optional();

export const recordCard = defineRule({
  id: 'P09.record-card',
  policy: 'P09',
  clause: '第十五條',
  seedLines: [245, 245],
  kind: 'check',
  title: { en: 'A complaint record card names its five items', zh: '客户投诉记录卡载明五项内容' },
  facts: z
    .object({
      customer: text.meta({ description: 'the complaining customer (投訴客戶名稱)', zh: '投诉客户（投诉客户名称）' }),
      request: text.meta({
        description: "the customer's request (客戶要求): price cut, return, exchange, damages …",
        zh: '客户要求：降价、退货、换货、赔偿……',
      }),
      receivedAt: instant
        .optional()
        .meta({ description: 'when the complaint was accepted (受理時間)', zh: '受理投诉的时间（受理时间）' }),
      number: text.meta({ description: 'the card number (編號)', zh: '卡片编号' }),
      departmentOpinion: text.meta({
        description: "the handling department's opinion (受理部門處理意見)",
        zh: '受理部门的处理意见（受理部门处理意见）',
      }),
      accepted: z.boolean().default(true).meta({
        description: 'false when the complaint was not accepted (第十六條): no card is filled',
        zh: '投诉未受理时为 false（第十六条）：不填卡',
      }),
      inProgress: z.boolean().default(false).meta({
        description: "the complaint is still being handled: the handling department's opinion may yet come",
        zh: '投诉仍在处理中：受理部门的意见可能尚未给出',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const total = FIELDS.length;
    if (!f.accepted) {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'A complaint that was not accepted gets no record card (第十六條)',
          zh: '投诉不成立、未受理的，无需填写记录卡（第十六條）',
        },
      };
    }
    const missing = missingFields(f, FIELDS);
    const measured = { value: total - missing.length, unit: 'item' as const };
    const target = { value: total, unit: 'item' as const, comparator: '>=' as const };
    if (missing.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `The record card names all ${total} required items`,
          zh: `记录卡已载明全部${total}项内容`,
        },
      };
    }
    const { en, zh } = listNames(missing, NAMES);
    if (f.inProgress && missing.length === 1 && missing[0] === 'departmentOpinion') {
      return {
        status: 'pending',
        measured,
        target,
        explanation: {
          en: `The record card names ${total - 1} of ${total} items; the handling department's opinion is still to come with the handling`,
          zh: `记录卡已载明${total - 1}/${total}项，受理部门处理意见待处理后填写`,
        },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `The record card names ${total - missing.length} of ${total} required items; missing: ${en}; it must be completed`,
        zh: `记录卡仅载明${total - missing.length}/${total}项，缺少：${zh}，须补全`,
      },
    };
  },
});
