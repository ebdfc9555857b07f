/**
 * 9: 客務助理下班時，須將前臺所有物品放置在前臺柜內并鎖好。如因物品未及時收柜出現丟失現象，由負責人負責承擔，
 * 并將前臺鑰匙存放在辦公室指定位置。
 * Reading: met when everything was locked in the cabinet and the key put back in its place. A loss
 * (`lossValue`) is charged to the person responsible only when the items were not locked up — the clause
 * ties the liability to items left out; a loss despite the lock-up is flagged, not charged. The share
 * borne is a parameter (seed: all of it).
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { joinClauses } from '../../kernel/helpers.js';
import { fenToYuan, mulDivFen, yuanToFen } from '../../kernel/money.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { describeSanctions, type Sanction } from '../../kernel/sanctions.js';
import { share, yuan } from '../../kernel/schemas.js';
import { NO_PENALTY } from './consequence.js';

const CLAUSE = 'P11 9';

export const lockUp = defineRule({
  id: 'P11.lock-up',
  policy: 'P11',
  clause: '9',
  seedLines: [365, 365],
  kind: 'check',
  title: { en: 'Lock everything away and return the key at the end of the shift', zh: '下班时物品入柜上锁、钥匙归位' },
  facts: z
    .object({
      lockedUp: z.boolean().meta({
        description: 'all front-desk items were put in the desk cabinet and locked',
        zh: '前台全部物品已放入柜内并上锁',
      }),
      keyReturned: z
        .boolean()
        .meta({ description: 'the desk key was put in its place in the office', zh: '前台钥匙已放回办公室的固定位置' }),
      lossValue: yuan.optional().meta({ description: 'value in yuan of items lost', zh: '遗失物品的价值（元）' }),
    })
    .strict(),
  params: z
    .object({
      liabilityShare: share.default(1).meta({
        description: 'share of a loss from items left out borne by the person responsible',
        zh: '物品未收好造成的损失由责任人承担的比例',
      }),
    })
    .strict(),
  evaluate(f, ctx) {
    const faults: Bilingual[] = [];
    if (!f.lockedUp) faults.push({ en: 'items were not locked in the cabinet', zh: '物品未入柜上锁' });
    if (!f.keyReturned) faults.push({ en: 'the key was not put back in its place', zh: '钥匙未存放在办公室指定位置' });
    const lossFen = f.lossValue === undefined ? 0 : yuanToFen(f.lossValue);
    const sanctions: Sanction[] = [];
    const warnings: Warning[] = [];
    if (lossFen > 0 && !f.lockedUp) {
      const chargeFen = mulDivFen(lossFen, ctx.params.liabilityShare, 1);
      if (chargeFen > 0) {
        sanctions.push({
          type: 'charge',
          amount: fenToYuan(chargeFen),
          clause: CLAUSE,
          note: 'loss of items left out',
        });
      }
    } else if (lossFen > 0) {
      warnings.push({
        code: 'loss-despite-lock-up',
        en: 'Items were lost although they were locked up: clause 9 does not charge this loss',
        zh: '物品已入柜上锁仍有丢失：第9条的赔偿责任不适用',
      });
    }
    const measured = { value: faults.length, unit: 'item' as const };
    const target = { value: 0, unit: 'item' as const, comparator: '<=' as const };
    if (faults.length === 0) {
      return {
        status: 'met',
        measured,
        target,
        warnings,
        explanation: { en: 'Everything was locked up and the key put back', zh: '物品均已入柜上锁，钥匙已归位' },
      };
    }
    const list = joinClauses(faults);
    const loss = ctx.words.yuan(fenToYuan(lossFen));
    const consequence =
      sanctions.length > 0
        ? {
            en: `a loss of ${loss.en} is borne by the person responsible: ${describeSanctions(sanctions).en}`,
            zh: `丢失物品${loss.zh}由负责人承担：${describeSanctions(sanctions).zh}`,
          }
        : NO_PENALTY;
    return {
      status: 'breached',
      measured,
      target,
      sanctions,
      warnings,
      explanation: {
        en: `At the end of the shift ${list.en}; ${consequence.en}`,
        zh: `下班时${list.zh}；${consequence.zh}`,
      },
    };
  },
});
