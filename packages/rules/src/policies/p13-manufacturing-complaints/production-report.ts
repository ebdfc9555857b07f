/**
 * 第七條(四) 制造部門: 1、針對客訴資料進行詳細調查，并擬定處理對策及執行檢查。 2、提報生產單位、機班別、生產人員，及生產日期。
 * Manufacturing's analysis of a complaint (the production step of 第九條(三)) names the production unit,
 * the machine and shift, the operator and the production date; one left blank is missing.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { itemsVerdict } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';

const FIELDS = ['productionUnit', 'machineShift', 'operator', 'productionDate'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  productionUnit: { en: 'production unit', zh: '生产单位' },
  machineShift: { en: 'machine and shift', zh: '机班别' },
  operator: { en: 'operator', zh: '生产人员' },
  productionDate: { en: 'production date', zh: '生产日期' },
};

// Optional text fields, so a report with a gap is judged (breached) rather than rejected; blank counts as missing.
const text = z.string().max(10_000).optional();

export const productionReport = defineRule({
  id: 'P13.production-report',
  policy: 'P13',
  clause: '第七條(四)',
  seedLines: [422, 424],
  kind: 'check',
  title: {
    en: "Manufacturing's complaint report names unit, machine and shift, operator and production date",
    zh: '制造部门提报生产单位、机班别、生产人员及生产日期',
  },
  facts: z
    .object({
      productionUnit: text.meta({ description: 'the production unit (生產單位)', zh: '生产单位' }),
      machineShift: text.meta({ description: 'the machine and shift (機班別)', zh: '机班别' }),
      operator: text.meta({ description: 'the production operator, by name (生產人員)', zh: '生产人员' }),
      productionDate: text.meta({ description: 'when the goods were produced (生產日期)', zh: '生产日期' }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    return itemsVerdict(f, FIELDS, NAMES, {
      met: (total) => ({
        en: `Manufacturing's report names all ${total} items`,
        zh: `制造部门提报已载明全部${total}项`,
      }),
      breached: (given, total, missing) => ({
        en: `Manufacturing's report names ${given} of ${total} items; missing: ${missing.en}; it must be completed`,
        zh: `制造部门提报仅载明${given}/${total}项，缺少：${missing.zh}，须补全`,
      }),
    });
  },
});
