/**
 * 流程: 公司客戶服務人員接到《安裝需求單》、《安裝車輛明細》及《司機信息和車輛基本信息》，填寫《安裝任務派工單》。
 * Customer service fills in the installation work order (安裝任務派工單) from the three documents it
 * received: the installation request, the list of vehicles, and the drivers' and vehicles' details. A work
 * order written without one of them is breached, naming what it lacked. Its approval before departure is
 * P03.dispatch-approval's.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinList, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';

const INPUTS = ['installation-request', 'vehicle-list', 'driver-vehicle-info'] as const;
type Input = (typeof INPUTS)[number];

const NAMES: Readonly<Record<Input, Bilingual>> = {
  'installation-request': { en: 'the installation request (安裝需求單)', zh: '《安装需求单》' },
  'vehicle-list': { en: 'the list of vehicles (安裝車輛明細)', zh: '《安装车辆明细》' },
  'driver-vehicle-info': {
    en: "the drivers' and vehicles' details (司機信息和車輛基本信息)",
    zh: '《司机信息和车辆基本信息》',
  },
};

export const workOrder = defineRule({
  id: 'P03.work-order',
  policy: 'P03',
  clause: '流程',
  seedLines: [89, 89],
  kind: 'check',
  title: {
    en: 'The installation work order is filled in from the three documents received',
    zh: '依据三份资料填写《安装任务派工单》',
  },
  facts: z
    .object({
      inputs: z
        .array(z.enum(INPUTS))
        .max(INPUTS.length)
        .meta({
          description: `the documents received that the work order was filled in from: ${INPUTS.join(', ')}`,
          zh: '填写派工单所依据的已收资料：安装需求单、安装车辆明细、司机信息和车辆基本信息',
        }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const measured = { value: new Set(f.inputs).size, unit: 'item' as const };
    const target = { value: INPUTS.length, unit: 'item' as const, comparator: '>=' as const };
    const missing = INPUTS.filter((i) => !f.inputs.includes(i));
    if (missing.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: 'The installation work order was filled in from all three documents',
          zh: '《安装任务派工单》依据三份资料填写齐全',
        },
      };
    }
    const lacking = joinList(missing.map((m) => NAMES[m]));
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `The installation work order was filled in without ${lacking.en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `《安装任务派工单》填写时缺少${lacking.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
