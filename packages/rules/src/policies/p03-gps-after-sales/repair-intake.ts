/**
 * 維修來電: 公司客戶服務人員在接到維修來電來函時，應詳細記錄客戶名稱、具體地址、聯系方式、商品型號、購買日期等相關信息，
 * 查清存在的問題和故障現象，填寫《維修服務單》。
 * Read: the six items named (the fault being 存在的問題和故障現象) are the required entries of the repair service form;
 * 等相關信息 lets an organisation require fewer or reorder them through `requiredFields`.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, onBreach } from '../../kernel/helpers.js';
import { requiredFieldsParam } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';
import { completeness, entry } from './record.js';

const FIELDS = ['customerName', 'address', 'contact', 'productModel', 'purchaseDate', 'fault'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  customerName: { en: 'customer name', zh: '客户名称' },
  address: { en: 'address', zh: '具体地址' },
  contact: { en: 'contact details', zh: '联系方式' },
  productModel: { en: 'product model', zh: '商品型号' },
  purchaseDate: { en: 'purchase date', zh: '购买日期' },
  fault: { en: 'fault', zh: '故障现象' },
};

export const repairIntake = defineRule({
  id: 'P03.repair-intake',
  policy: 'P03',
  clause: '維修來電',
  seedLines: [90, 90],
  kind: 'check',
  title: { en: 'A repair call records the customer, product and fault', zh: '维修来电须详细记录客户、产品及故障信息' },
  facts: z
    .object({
      customerName: entry.optional().meta({
        description: 'customer name (客戶名稱) as recorded; absent or blank: not recorded',
        zh: '登记的客户名称；缺省或空白：未登记',
      }),
      address: entry.optional().meta({ description: 'the exact address (具體地址)', zh: '具体地址' }),
      contact: entry.optional().meta({ description: 'contact details (聯系方式)', zh: '联系方式' }),
      productModel: entry.optional().meta({ description: 'product model (商品型號)', zh: '商品型号' }),
      purchaseDate: isoDate.optional().meta({ description: 'purchase date (購買日期)', zh: '购买日期' }),
      fault: entry.optional().meta({
        description: 'the problem and fault symptoms found (存在的問題和故障現象)',
        zh: '存在的问题和故障现象',
      }),
      calledAt: instant.optional().meta({
        description: 'when the repair call or letter came in; the purchase cannot be later',
        zh: '报修电话或信函到达的时间；购买日期不能晚于此时',
      }),
    })
    .strict(),
  params: z
    .object({
      requiredFields: requiredFieldsParam(FIELDS).meta({
        description: 'entries the repair service form must carry (the seed names all six)',
        zh: '维修服务单必须填写的项目（原文列出全部六项）',
      }),
    })
    .strict(),
  startOf: (f) => (f.calledAt === undefined ? undefined : at(f.calledAt)),
  evaluate(f, ctx) {
    const purchased = f.purchaseDate === undefined ? undefined : parseDate(f.purchaseDate);
    if (
      purchased !== undefined &&
      f.calledAt !== undefined &&
      purchased > ctx.time.localDay(at(f.calledAt), ctx.zone)
    ) {
      throw badFact(['purchaseDate'], 'must not be after calledAt: the product was bought before the repair call');
    }
    const required = ctx.params.requiredFields;
    return onBreach(
      completeness({
        facts: f,
        required,
        names: NAMES,
        form: { en: 'repair service form', zh: '《维修服务单》' },
      }),
    );
  },
});
