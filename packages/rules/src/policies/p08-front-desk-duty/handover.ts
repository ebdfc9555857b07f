/**
 * 4.7: 2)接班人員清點崗位上所有公物… 3)認真查閱上一班值班記錄，詢問上一班工作完成情況，如有需要繼續跟進的工作，應記錄以便跟進。
 * 4)檢查區域內有無異常情況，發現有異常則要求交班人員做出說明，并做好記錄。 5)交接雙方在確認無誤后，在上一班工作記錄本上簽字。
 * 7)認真做好工作記錄，將需跟進工作如實向接班人員交待清楚。 8)互相簽字后，方可離崗。 9)…重要的工作未處理完畢，不允許交班。
 * Reading: a handover is valid only when every condition holds; each failing one is reported by name.
 * `anomaliesRecorded` is owed when anomalies were found; when `anomaliesFound` is not given it is required
 * (the record must say the area was checked). The conditions of 3), 7) and 8) (#18) are judged where the
 * record gives them (optional facts): a record that says nothing of them is judged as before.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, joinClauses } from '../../kernel/helpers.js';
import { type Condition, faultsVerdict } from '../../kernel/record.js';
import { instant } from '../../kernel/schemas.js';
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
      previousRecordRead: z.boolean().optional().meta({
        description: "4.7 3): the incoming employee read the previous shift's record",
        zh: '4.7 3)：接班人员已查阅上一班值班记录',
      }),
      followUpsLogged: z.boolean().optional().meta({
        description: '4.7 3): work still to follow up was written down (false: there was some, not written)',
        zh: '4.7 3)：需继续跟进的工作已记录（false：有而未记录）',
      }),
      followUpsHandedOver: z.boolean().optional().meta({
        description: '4.7 7): work to follow up was explained to the incoming employee',
        zh: '4.7 7)：需跟进工作已如实向接班人员交待清楚',
      }),
      bothSignedAt: instant.optional().meta({
        description: '4.7 8): when the second of the two signatures was made',
        zh: '4.7 8)：交接双方完成签字的时间',
      }),
      outgoingLeftAt: instant.optional().meta({
        description: '4.7 8): when the outgoing employee left the post',
        zh: '4.7 8)：交班人员离岗的时间',
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
      ...laterConditions(f),
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
          en: `The handover is not valid (${faults.length} of ${checks.length} conditions failed: ${list.en}); ${NO_PENALTY.en}`,
          zh: `交接班无效（${checks.length}项条件中${faults.length}项未满足：${list.zh}）；${NO_PENALTY.zh}`,
        };
      },
    });
  },
});

/** The conditions of 4.7 3), 7) and 8), each judged only where the record gives its facts. */
function laterConditions(f: {
  previousRecordRead?: boolean | undefined;
  followUpsLogged?: boolean | undefined;
  followUpsHandedOver?: boolean | undefined;
  bothSignedAt?: string | undefined;
  outgoingLeftAt?: string | undefined;
}): Condition[] {
  const out: Condition[] = [];
  if (f.previousRecordRead !== undefined) {
    out.push({
      ok: f.previousRecordRead,
      fault: { en: "the previous shift's record was not read", zh: '未查阅上一班值班记录' },
    });
  }
  if (f.followUpsLogged !== undefined) {
    out.push({
      ok: f.followUpsLogged,
      fault: { en: 'work to follow up was not written down', zh: '需继续跟进的工作未记录' },
    });
  }
  if (f.followUpsHandedOver !== undefined) {
    out.push({
      ok: f.followUpsHandedOver,
      fault: { en: 'work to follow up was not handed over', zh: '需跟进工作未向接班人员交待清楚' },
    });
  }
  // 互相簽字后，方可離崗: judged when the record gives both instants; leaving at the signing is after it.
  const signed = atOpt(f.bothSignedAt);
  if (signed !== undefined && f.outgoingLeftAt !== undefined) {
    out.push({
      ok: at(f.outgoingLeftAt) >= signed,
      fault: { en: 'the outgoing employee left before both had signed', zh: '交班人员在双方签字前离岗' },
    });
  }
  return out;
}
