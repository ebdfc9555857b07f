/**
 * 第十三條(二) 3: 因客訴之故，而影響應收款項回收時，會計部門于計算業務人應收帳款回收率的績效獎金時，應依據“客戶抱怨處理表”
 * 所列料號之應收金額予以扣除。
 * The salesperson's collection rate leaves out what a complaint holds back: the receivable of the part
 * numbers on the complaint form is taken out of the amount due, and whatever of it was collected out of the
 * amount collected, so a complaint neither lowers nor raises the rate. The bonus scale itself is not in
 * the seed; the rate is what it is computed on.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { describeYuan, yuanToFen } from '../../kernel/money.js';
import { yuan } from '../../kernel/schemas.js';

export interface CollectionRate {
  /** Collected ÷ due after the exclusion, 0–1 (four decimals); null when nothing is left due. */
  readonly rate: number | null;
  /** The amount due the rate is taken on, yuan. */
  readonly due: number;
  /** The complaint's receivable left out, yuan. */
  readonly excluded: number;
}

export const collectionRate = defineRule({
  id: 'P13.collection-rate',
  policy: 'P13',
  clause: '第十三條(二)3',
  seedLines: [459, 459],
  kind: 'compute',
  title: {
    en: "A salesperson's collection rate, a complaint's receivable left out",
    zh: '业务人员应收账款回收率（扣除客诉料号的应收金额）',
  },
  facts: z
    .object({
      receivable: yuan.meta({ description: 'the amount due in the period, yuan', zh: '期间应收金额（元）' }),
      collected: yuan.meta({ description: 'the amount collected of it, yuan', zh: '其中已收回金额（元）' }),
      complaintReceivable: yuan.default(0).meta({
        description:
          'the receivable of the part numbers on the complaint forms, yuan (客戶抱怨處理表所列料號之應收金額)',
        zh: '客户抱怨处理表所列料号的应收金额（元）',
      }),
      complaintCollected: yuan.default(0).meta({
        description: 'what of that receivable was collected anyway, yuan; default 0',
        zh: '该部分应收中已收回的金额（元）；默认 0',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const receivable = yuanToFen(f.receivable);
    const collected = yuanToFen(f.collected);
    const held = yuanToFen(f.complaintReceivable);
    const heldCollected = yuanToFen(f.complaintCollected);
    if (collected > receivable) throw badFact(['collected'], 'must not exceed the receivable');
    if (held > receivable) throw badFact(['complaintReceivable'], 'must not exceed the receivable');
    if (heldCollected > held) throw badFact(['complaintCollected'], "must not exceed the complaint's receivable");
    if (heldCollected > collected) throw badFact(['complaintCollected'], 'must not exceed the amount collected');
    const due = receivable - held;
    const got = collected - heldCollected;
    const rate = due === 0 ? null : Math.round((got / due) * 10_000) / 10_000;
    const value: CollectionRate = { rate, due: due / 100, excluded: held / 100 };
    const dueText = describeYuan(value.due);
    const heldText = describeYuan(value.excluded);
    if (rate === null) {
      return {
        value,
        explanation: {
          en: `Nothing is left due once the complaint's ${heldText.en} is left out: no collection rate`,
          zh: `扣除客诉应收${heldText.zh}后无应收金额，不计回收率`,
        },
      };
    }
    const percent = `${Math.round(rate * 10_000) / 100}%`;
    return {
      value,
      explanation: {
        en: `Collection rate ${percent}: ${describeYuan(got / 100).en} collected of ${dueText.en} due, the complaint's receivable of ${heldText.en} left out`,
        zh: `回收率${percent}：应收${dueText.zh}（已扣除客诉应收${heldText.zh}），收回${describeYuan(got / 100).zh}`,
      },
    };
  },
});
