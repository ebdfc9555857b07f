/**
 * 第二十三條: 客戶投訴行政處分判定項目補充說明: 1、因票據錯誤或附樣等資料錯誤遭客戶投訴者; 2、因財務錯誤遭客戶投訴者;
 * 3、未依"制作規范"予以備料、用料遭致客戶投訴者; 4、經剔除的不合格產品混入正常品庫遭致客戶投訴者; 5、成品交運超出應收范圍未經
 * 客戶同意遭客戶投訴者; 6、擅自減少有關生產資料者; 7、營運人員對于特殊質量要求，未反映給有關部門遭客戶投訴者; 8、訂單誤記造成錯誤者;
 * 9、交貨延遲者; 10、裝運錯誤者; 11、交貨單誤記交運錯誤者; 12、倉儲保管不當及運輸上出問題者; 13、外觀標示不符規格者; 14、其他。
 * 以上一經查覺屬實者，即依情節輕重予以行政處分，并經總經理核準后由行政人事部公布。
 * The level of the sanction is left to severity (依情節輕重): the rule names the trigger, not the level.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import type { Bilingual } from '../../kernel/result.js';

const CAUSES = {
  'document-error': { en: 'wrong documents or attached samples', zh: '票据错误或附样等资料错误' },
  'financial-error': { en: 'a financial error', zh: '财务错误' },
  'materials-not-to-spec': {
    en: 'materials not prepared or used per the production spec',
    zh: '未依制作规范备料、用料',
  },
  'rejects-mixed-in': { en: 'rejected goods mixed into good stock', zh: '经剔除的不合格产品混入正常品库' },
  'over-shipment': { en: 'shipment beyond the agreed range without consent', zh: '成品交运超出应收范围未经客户同意' },
  'production-data-cut': { en: 'production data cut without authority', zh: '擅自减少有关生产资料' },
  'special-requirement-not-passed': {
    en: 'a special quality requirement not passed on by operations',
    zh: '营运人员对特殊质量要求未反映给有关部门',
  },
  'order-miswritten': { en: 'an order written wrongly', zh: '订单误记造成错误' },
  'late-delivery': { en: 'late delivery', zh: '交货延迟' },
  'shipping-error': { en: 'a shipping error', zh: '装运错误' },
  'delivery-note-error': { en: 'a delivery note written wrongly', zh: '交货单误记交运错误' },
  'storage-or-transport': { en: 'poor storage or a transport problem', zh: '仓储保管不当及运输上出问题' },
  'marking-not-to-spec': { en: 'outer marking not to spec', zh: '外观标示不符规格' },
  other: { en: 'another cause', zh: '其他' },
} as const satisfies Record<string, Bilingual>;

type Cause = keyof typeof CAUSES;
const causeIds = Object.keys(CAUSES) as [Cause, ...Cause[]];

export interface SanctionTriggersValue {
  readonly triggers: boolean;
  /** The item of 第二十三條 (1–14). */
  readonly item: number;
}

export const sanctionTriggers = defineRule({
  id: 'P09.sanction-triggers',
  policy: 'P09',
  clause: '第二十三條',
  seedLines: [253, 253],
  kind: 'compute',
  title: { en: 'Causes that bring an administrative sanction', zh: '客诉行政处分判定项目' },
  facts: z
    .object({
      cause: z.enum(causeIds).meta({
        description: 'the cause of the complaint, one of the fourteen items of 第二十三條',
        zh: '投诉原因，第二十三条十四项之一',
      }),
      substantiated: z.boolean().optional().meta({
        description:
          'whether the cause was found true (一經查覺屬實); an unproven cause brings no sanction; absent: not yet said (warned)',
        zh: '原因是否查明属实（一经查觉属实）；未查实的原因不予处分；缺省：尚未说明（会警告）',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const item = causeIds.indexOf(f.cause) + 1;
    const cause = CAUSES[f.cause];
    // The cause is one of the fourteen (the catalogue's contract: it triggers); only 一經查覺屬實 makes it so.
    const value: SanctionTriggersValue = { triggers: f.substantiated ?? true, item };
    if (f.substantiated === undefined) {
      return {
        value,
        warnings: [
          {
            code: 'substantiation-not-given',
            en: 'whether the cause was found true was not given (一經查覺屬實): the sanction follows only once it is',
            zh: '未说明是否经查属实：一经查实方予行政处分',
          },
        ],
        explanation: {
          en: `${cause.en} (item ${item} of 14) brings an administrative sanction by severity once found true, approved by the GM and published by HR and administration; its bonus terms: P09.sanction-deduction`,
          zh: `${cause.zh}（第${item}项，共14项）一经查实，即依情节轻重予以行政处分，经总经理核准后由行政人事部公布；折算罚扣见P09.sanction-deduction`,
        },
      };
    }
    const explanation = f.substantiated
      ? {
          en: `${cause.en} (item ${item} of 14), found true, brings an administrative sanction by severity, approved by the GM and published by HR and administration; its bonus terms: P09.sanction-deduction`,
          zh: `${cause.zh}（第${item}项，共14项）经查属实，依情节轻重予以行政处分，经总经理核准后由行政人事部公布；折算罚扣见P09.sanction-deduction`,
        }
      : {
          en: `${cause.en} (item ${item} of 14) is not found true, so it brings no sanction yet`,
          zh: `${cause.zh}（第${item}项，共14项）尚未查实，暂不予行政处分`,
        };
    return { value, explanation };
  },
});
