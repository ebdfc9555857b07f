/**
 * 放行 1: 確認業主身份。
 * 放行 2: 指導業戶填寫《物品放行條》，完整、清晰；交管理處值班員簽字確認并蓋章。
 * 放行 4: 非業主進入責任區須經業戶認可后放行。
 * Reading: every release needs the owner's identity confirmed (the applicant's when an owner, else the
 * consenting owner's) and a complete, legible pass signed and stamped by the duty officer; a non-owner
 * also needs the owner's consent. Consent not recorded counts as not given.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinList, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import { type Condition, faultsOf } from '../../kernel/record.js';

export const goodsRelease = defineRule({
  id: 'P01.goods-release',
  policy: 'P01',
  clause: '放行 1,2,4',
  seedLines: [3, 6],
  kind: 'check',
  title: { en: 'Release goods only on a complete, signed and stamped goods release pass', zh: '物品放行条件' },
  facts: z
    .object({
      ownerVerified: z
        .boolean()
        .meta({ description: "the owner's identity was confirmed (放行 1)", zh: '已确认业主身份（放行 1）' }),
      passComplete: z.boolean().meta({
        description: 'the goods release pass (物品放行條) is filled in completely and legibly',
        zh: '物品放行条填写完整、字迹清楚',
      }),
      signedByDutyOfficer: z
        .boolean()
        .meta({ description: 'the duty officer signed the pass', zh: '值班人员已在放行条上签字' }),
      stamped: z
        .boolean()
        .meta({ description: 'the pass bears the management office stamp', zh: '放行条盖有管理处印章' }),
      isOwner: z
        .boolean()
        .meta({ description: 'the person taking the goods out is the owner', zh: '搬出物品的人是业主本人' }),
      ownerConsent: z.boolean().optional().meta({
        description: "the owner's consent, needed when isOwner is false (放行 4); absent means not given",
        zh: '业主的同意，isOwner 为 false 时需要（放行 4）；缺省即未同意',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  evaluate(f) {
    const conditions: Condition[] = [
      { ok: f.ownerVerified, fault: { en: "owner's identity confirmed", zh: '确认业主身份' } },
      { ok: f.passComplete, fault: { en: 'pass complete and legible', zh: '放行条填写完整、清晰' } },
      { ok: f.signedByDutyOfficer, fault: { en: 'signed by the duty officer', zh: '值班员签字确认' } },
      { ok: f.stamped, fault: { en: 'stamped', zh: '盖章' } },
    ];
    if (!f.isOwner) {
      conditions.push({
        ok: f.ownerConsent === true,
        fault: { en: "owner's consent (non-owner)", zh: '非业主须经业户认可' },
      });
    }
    const missing = faultsOf(conditions);
    const measured = { value: conditions.length - missing.length, unit: 'item' as const };
    const target = { value: conditions.length, unit: 'item' as const, comparator: '=' as const };
    const who = f.isOwner ? { en: 'the owner', zh: '业主本人' } : { en: 'a non-owner', zh: '非业主' };
    if (missing.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        explanation: {
          en: `Release to ${who.en} allowed: all ${conditions.length} conditions hold`,
          zh: `${who.zh}放行物品：${conditions.length}项条件均已满足，可以放行`,
        },
      };
    }
    return {
      status: 'breached',
      measured,
      target,
      explanation: {
        en: `Release to ${who.en} not allowed: ${measured.value} of ${conditions.length} conditions hold, missing ${joinList(missing).en}; the goods may not leave (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${who.zh}放行物品：${conditions.length}项条件仅满足${measured.value}项，缺少${joinList(missing).zh}，不得放行（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
