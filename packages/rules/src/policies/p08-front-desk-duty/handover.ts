/**
 * 4.7: 2)接班人員清點崗位上所有公物… 4)檢查區域內有無異常情況，發現有異常則要求交班人員做出說明，并做好記錄。
 * 5)交接雙方在確認無誤后，在上一班工作記錄本上簽字。 8)互相簽字后，方可離崗。
 * 9)…重要的工作未處理完畢，不允許交班。
 * Reading: a handover is valid only when every condition holds; each failing one is reported by name.
 * `anomaliesRecorded` is owed when anomalies were found; when `anomaliesFound` is not given it is required
 * (the record must say the area was checked).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinClauses } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';
import { NO_PENALTY } from './consequence.js';

export const handover = defineRule({
  id: 'P08.handover',
  policy: 'P08',
  clause: '4.7',
  seedLines: [206, 215],
  kind: 'check',
  title: { en: 'A valid front-desk handover', zh: '前台交接班有效' },
  facts: z
    .object({
      signedByOutgoing: z.boolean().meta({
        description: 'the outgoing employee signed the previous shift record',
        zh: '交班员工已在上一班记录上签字',
      }),
      signedByIncoming: z.boolean().meta({
        description: 'the incoming employee signed the previous shift record',
        zh: '接班员工已在上一班记录上签字',
      }),
      itemsChecked: z.boolean().meta({
        description: 'the incoming employee counted all public property at the post',
        zh: '接班员工已清点岗位上的全部公物',
      }),
      anomaliesRecorded: z.boolean().meta({
        description: 'anomalies in the area were explained and written down',
        zh: '区域内的异常情况已说明并记录',
      }),
      importantWorkOpen: z.boolean().meta({
        description: 'important work of the outgoing shift is still unfinished',
        zh: '交班的重要工作尚未完成',
      }),
      anomaliesFound: z.boolean().optional().meta({
        description: 'false when the area check found nothing to record',
        zh: '区域检查没有需要记录的事项时为 false',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const checks: Condition[] = [
      {
        ok: f.signedByOutgoing,
        fault: { en: 'the outgoing employee did not sign', zh: '交班人员未签字' },
      },
      {
        ok: f.signedByIncoming,
        fault: { en: 'the incoming employee did not sign', zh: '接班人员未签字' },
      },
      {
        ok: f.itemsChecked,
        fault: { en: 'the items at the post were not counted', zh: '未清点岗位公物' },
      },
      {
        ok: f.anomaliesRecorded || f.anomaliesFound === false,
        fault: { en: 'anomalies were not recorded', zh: '异常情况未做记录' },
      },
      {
        ok: !f.importantWorkOpen,
        fault: { en: 'important work was left unfinished', zh: '重要工作未处理完毕即交班' },
      },
    ];
    return faultsVerdict(checks, {
      met: f.anomaliesRecorded
        ? {
            en: 'Both sides signed, items were counted, anomalies recorded and no important work left open',
            zh: '交接双方已签字，公物已清点，异常已记录，无未完成的重要工作',
          }
        : {
            en: 'Both sides signed, items were counted, no anomaly found to record and no important work left open',
            zh: '交接双方已签字，公物已清点，未发现异常无须记录，无未完成的重要工作',
          },
      breached: (faults) => {
        const list = joinClauses(faults);
        return {
          en: `The handover is not valid (${faults.length} of 5 conditions failed: ${list.en}); ${NO_PENALTY.en}`,
          zh: `交接班无效（5项条件中${faults.length}项未满足：${list.zh}）；${NO_PENALTY.zh}`,
        };
      },
    });
  },
});
