/**
 * 三: 負責公司服務熱線電話的值守，并收集掌握熱線電話的所有記錄，記錄報修情況和服務質量，負責與業主/住戶聯絡。
 * Read: every call on the company's service hotline has a record (所有記錄); a call reporting a repair has the
 * repair written down too (記錄報修情況). A call without a record, or a repair call without its repair noted,
 * is breached, naming what is missing. Staffing the hotline (值守) and the contact with owners are duties, not
 * records of a call: P05.duty-of classifies them.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';

export const hotlineRecord = defineRule({
  id: 'P05.hotline-record',
  policy: 'P05',
  clause: '三',
  seedLines: [139, 139],
  kind: 'check',
  title: { en: 'Every service-hotline call recorded, repairs noted', zh: '服务热线电话均有记录，记录报修情况' },
  facts: z
    .object({
      recorded: z.boolean().meta({ description: 'the call has a record (熱線電話的記錄)', zh: '该来电已记录' }),
      repair: z.boolean().default(false).meta({ description: 'the call reported a repair (報修)', zh: '来电为报修' }),
      repairNoted: z.boolean().optional().meta({
        description: 'the repair was written down (記錄報修情況); asked only of a repair call',
        zh: '已记录报修情况；仅报修来电需要',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const missing = [
      ...(f.recorded ? [] : [{ en: 'the call has no record', zh: '来电未记录' }]),
      ...(f.repair && f.repairNoted === false ? [{ en: 'the repair was not noted', zh: '未记录报修情况' }] : []),
    ];
    if (missing.length === 0) {
      return {
        status: 'met',
        explanation: { en: 'The hotline call is on record', zh: '热线来电已记录' },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `${missing.map((m) => m.en).join('; ')} (三: 收集掌握熱線電話的所有記錄，記錄報修情況) (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${missing.map((m) => m.zh).join('；')}（三：收集掌握热线电话的所有记录，记录报修情况）（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
