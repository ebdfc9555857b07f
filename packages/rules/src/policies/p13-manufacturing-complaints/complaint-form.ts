/**
 * 第九條(一): 業務部人員于接到客戶反應產品異常時，應即查明該異常(編號、料號、交運日期、數量、不良數量)、客戶要求，
 * 并即填具“客戶抱怨處理表”(附表2)連同異常樣品簽注意見后送總經理室辦理。若客戶要求退(換)貨數量因客戶尚在加工中而
 * 無法確定時應于“客戶要求”欄注明:“客戶加工中未確定”
 * The form names the five facts of the defect, the customer's request and sales' opinion, and goes with
 * the defective sample. When the quantity to return or exchange is open because the customer is still
 * processing the goods, the request column says 「客戶加工中未確定」 (compared in either script, punctuation
 * ignored). 應即 (at once) sets no limit and is not judged here.
 */
import * as z from 'zod';
import { usesPhrase } from '../../kernel/chinese.js';
import { defineRule } from '../../kernel/define-rule.js';
import { type Condition, faultsVerdict, missingFields } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';

const FIELDS = [
  'number',
  'partNumber',
  'shipDate',
  'quantity',
  'defectiveQuantity',
  'request',
  'salesOpinion',
] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  number: { en: 'number', zh: '编号' },
  partNumber: { en: 'part number', zh: '料号' },
  shipDate: { en: 'ship date', zh: '交运日期' },
  quantity: { en: 'quantity', zh: '数量' },
  defectiveQuantity: { en: 'defective quantity', zh: '不良数量' },
  request: { en: "customer's request", zh: '客户要求' },
  salesOpinion: { en: "sales' opinion", zh: '业务部意见' },
};

/** The note the request column carries while the quantity is open (第九條(一)). */
const QUANTITY_OPEN_NOTE = '客戶加工中未確定';

// Optional text fields, so a form with a gap is judged (breached) rather than rejected; blank counts as missing.
const text = z.string().max(10_000).optional();

export const complaintForm = defineRule({
  id: 'P13.complaint-form',
  policy: 'P13',
  clause: '第九條(一)',
  seedLines: [430, 430],
  kind: 'check',
  title: {
    en: 'A customer complaint form names the defect, the request and sales’ opinion, with the sample',
    zh: '客户抱怨处理表载明异常、客户要求和业务意见，并附异常样品',
  },
  facts: z
    .object({
      number: text.meta({ description: 'the number of the defective goods (編號)', zh: '异常品编号' }),
      partNumber: text.meta({ description: 'the part number (料號)', zh: '料号' }),
      shipDate: text.meta({ description: 'when the goods were shipped (交運日期)', zh: '交运日期' }),
      quantity: text.meta({ description: 'the quantity shipped (數量)', zh: '数量' }),
      defectiveQuantity: text.meta({ description: 'how many are defective (不良數量)', zh: '不良数量' }),
      request: text.meta({
        description: "the customer's request (客戶要求): return, exchange, allowance …",
        zh: '客户要求：退货、换货、折让……',
      }),
      salesOpinion: text.meta({ description: "sales' opinion signed on the form (簽注意見)", zh: '业务部签注意见' }),
      sampleAttached: z.boolean().optional().meta({
        description: 'the defective sample goes with the form (連同異常樣品)',
        zh: '随表附异常样品',
      }),
      quantityOpen: z.boolean().default(false).meta({
        description: 'the quantity to return or exchange is not yet known: the customer is still processing the goods',
        zh: '客户尚在加工中，退（换）货数量无法确定',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const missing = new Set(missingFields(f, FIELDS));
    const conditions: Condition[] = [
      ...FIELDS.map((k) => ({ ok: !missing.has(k), fault: { en: `no ${NAMES[k].en}`, zh: `缺少${NAMES[k].zh}` } })),
      { ok: f.sampleAttached === true, fault: { en: 'the defective sample not attached', zh: '未附异常样品' } },
      {
        // A request left blank is already a fault above; the note is judged on a request that was written.
        ok: !f.quantityOpen || missing.has('request') || usesPhrase(f.request ?? '', QUANTITY_OPEN_NOTE),
        fault: {
          en: 'the quantity is open but the request column does not say 「客户加工中未确定」',
          zh: '数量无法确定，但“客户要求”栏未注明「客户加工中未确定」',
        },
      },
    ];
    return faultsVerdict(conditions, {
      met: {
        en: 'The complaint form gives the defect, the request and sales’ opinion, with the sample attached',
        zh: '客户抱怨处理表已载明异常、客户要求和业务意见，并附异常样品',
      },
      breached: (faults) => ({
        en: `The complaint form is incomplete (${faults.length}): ${faults.map((x) => x.en).join('; ')}; it must be completed`,
        zh: `客户抱怨处理表不完整（${faults.length}项）：${faults.map((x) => x.zh).join('；')}，须补全`,
      }),
    });
  },
});
