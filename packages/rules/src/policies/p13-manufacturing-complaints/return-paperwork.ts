/**
 * 第十三條(一) 1: 業務人員應依“客戶抱怨處理單”開立“銷貨折讓證明單”一式二聯，呈經(副)理、總(副)經理核簽及送客戶簽章后
 * 一份存業務部，一份送會計作帳。 2: 即開立“成品退貨單”注明退貨原因，處理方式及退回依據后呈經(副)理批示后…
 * (二) 4: 業務人員收到成品倉儲填回的“成品退貨單”應在下列三種方式中擇一取得退貨證明: (1) 收回原開立統一發票…蓋統一
 * (2) …原開立統一發票的影印本，且務必由買受人蓋統一 (3) 填寫“銷貨退回證明單”由買受人蓋統一后簽回…送會計部作帳。
 * 5: 客訴處理結果為銷貨折讓時…依下列方式取得折讓證明: (1) …原開立統一發票影印本…蓋統一 (2) 填寫“銷貨折讓證明單”
 * 由買受人蓋統一后簽回。取得上述文件之后與“銷貨折讓證明單”一并送會計科作帳。
 * What must be in hand when accounting posts a complaint's allowance or return: an allowance certificate
 * signed by the manager and the general manager and sealed by the customer; a return form giving reason,
 * handling and basis, approved by the manager; and one of the proofs the seed lists for that kind (5 says
 * three ways but lists two: both are accepted).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { type Condition, faultsVerdict, isBlank } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

const PROOFS = ['invoice-returned', 'invoice-copy', 'return-certificate', 'allowance-certificate'] as const;
type Proof = (typeof PROOFS)[number];

/** The proofs (二)4 lists for a return and (二)5 for an allowance, each stamped by the buyer. */
const ACCEPTED: Readonly<Record<'return' | 'allowance', readonly Proof[]>> = {
  return: ['invoice-returned', 'invoice-copy', 'return-certificate'],
  allowance: ['invoice-copy', 'allowance-certificate'],
};

const text = z.string().max(10_000).optional();
const fault = (en: string, zh: string): Bilingual => ({ en, zh });

export const returnPaperwork = defineRule({
  id: 'P13.return-paperwork',
  policy: 'P13',
  clause: '第十三條(一), (二)4, 5',
  seedLines: [453, 467],
  kind: 'check',
  title: {
    en: 'A complaint allowance or return is posted only with its approved form and a listed proof',
    zh: '客诉折让、退货须有核签的单据和规定的证明方可入账',
  },
  facts: z
    .object({
      kind: z.enum(['allowance', 'return']).meta({
        description: 'an allowance or compensation (銷貨折讓) or a return or reprocessing (退貨、重處理)',
        zh: '折让、赔款（销货折让）或退货、重处理',
      }),
      postedAt: instant.meta({ description: 'when accounting posted it', zh: '会计入账的时间' }),
      managerApproved: z.boolean().default(false).meta({
        description: 'signed or approved by the (deputy) manager (經(副)理)',
        zh: '经（副）理核签或批示',
      }),
      gmApproved: z.boolean().default(false).meta({
        description: 'allowance: signed by the (deputy) general manager (總(副)經理核簽)',
        zh: '折让：总（副）经理核签',
      }),
      customerSealed: z.boolean().default(false).meta({
        description: 'allowance: the certificate sealed by the customer (送客戶簽章)',
        zh: '折让：证明单经客户签章',
      }),
      reason: text.meta({ description: 'return: why the goods come back (退貨原因)', zh: '退货：退货原因' }),
      method: text.meta({ description: 'return: how they are handled (處理方式)', zh: '退货：处理方式' }),
      basis: text.meta({ description: 'return: on what basis they come back (退回依據)', zh: '退货：退回依据' }),
      proof: z
        .enum(PROOFS)
        .optional()
        .meta({
          description: `the buyer-stamped proof in hand: ${PROOFS.join(', ')}; absent: none`,
          zh: '买受人盖章的证明：收回原发票、原发票影印本、销货退回证明单、销货折让证明单；缺省表示没有',
        }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const accepted = ACCEPTED[f.kind];
    const proof: Condition = {
      ok: f.proof !== undefined && accepted.includes(f.proof),
      fault:
        f.proof === undefined
          ? fault('no buyer-stamped proof', '无买受人盖章的证明')
          : fault(`'${f.proof}' is not a proof listed for a ${f.kind}`, `「${f.proof}」不是规定的证明方式`),
    };
    const conditions: Condition[] =
      f.kind === 'allowance'
        ? [
            { ok: f.managerApproved, fault: fault("no manager's signature", '缺经（副）理核签') },
            { ok: f.gmApproved, fault: fault("no general manager's signature", '缺总（副）经理核签') },
            { ok: f.customerSealed, fault: fault("no customer's seal", '缺客户签章') },
            proof,
          ]
        : [
            { ok: !isBlank(f.reason), fault: fault('no reason for the return', '未注明退货原因') },
            { ok: !isBlank(f.method), fault: fault('no handling method', '未注明处理方式') },
            { ok: !isBlank(f.basis), fault: fault('no basis for the return', '未注明退回依据') },
            { ok: f.managerApproved, fault: fault("no manager's approval", '缺经（副）理批示') },
            proof,
          ];
    const what = f.kind === 'allowance' ? { en: 'allowance', zh: '销货折让' } : { en: 'return', zh: '退货' };
    return faultsVerdict(conditions, {
      met: {
        en: `The ${what.en} was posted with its approved form and a listed proof`,
        zh: `${what.zh}入账时单据核签齐全，并有规定的证明`,
      },
      breached: (faults) => ({
        en: `The ${what.en} was posted without what it needs: ${faults.map((x) => x.en).join('; ')}`,
        zh: `${what.zh}入账时手续不全：${faults.map((x) => x.zh).join('；')}`,
      }),
    });
  },
});
