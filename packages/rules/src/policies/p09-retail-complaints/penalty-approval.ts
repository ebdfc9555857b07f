/**
 * 第十九條 2: …由行政人事部依客戶投訴案件發生的原因決定責任歸屬單位，并開立"獎罰通知單"呈總經理核準后，月底執行
 * 罰扣部門罰扣獎金。
 * 第二十三條: …以上一經查覺屬實者，即依情節輕重予以行政處分，并經總經理核準后由行政人事部公布。
 * A bonus deduction is executed only on a 獎罰通知單 the general manager approved first, and at month end
 * (read: on the last local day of a month); an administrative sanction needs the general manager's
 * approval and is published by HR-admin after it. (The review of last month's cases by the 10th is
 * P09.monthly-stats'.)
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, joinClauses, NO_SANCTION_TO_CORRECT } from '../../kernel/helpers.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';
import { daysInMonth, ymdOfDay } from '../../kernel/time.js';

export const penaltyApproval = defineRule({
  id: 'P09.penalty-approval',
  policy: 'P09',
  clause: '第十九條 2, 第二十三條',
  seedLines: [249, 253],
  kind: 'check',
  title: {
    en: "A complaint penalty is executed only after the general manager's approval",
    zh: '客诉罚扣、行政处分经总经理核准后方可执行',
  },
  facts: z
    .object({
      kind: z.enum(['bonus-deduction', 'sanction']).meta({
        description: 'a bonus deduction on a 獎罰通知單 (第十九條 2) or an administrative sanction (第二十三條)',
        zh: '奖罚通知单上的奖金罚扣（第十九条 2）或行政处分（第二十三条）',
      }),
      executedAt: instant.meta({
        description: 'when the deduction was made or the sanction took effect',
        zh: '执行罚扣或处分生效的时间',
      }),
      approvedAt: instant.optional().meta({
        description: 'when the general manager approved the notice or the sanction; absent: no approval',
        zh: '总经理核准奖罚通知单或处分的时间；缺省表示未核准',
      }),
      publishedAt: instant.optional().meta({
        description: 'sanctions: when HR-admin published it; absent: not published',
        zh: '行政处分：行政人事部公布的时间；缺省表示未公布',
      }),
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.executedAt),
  evaluate(f, ctx) {
    const executed = at(f.executedAt);
    const approved = atOpt(f.approvedAt);
    const published = atOpt(f.publishedAt);
    const local = (ms: number) => ctx.time.localText(ms, ctx.zone);
    const faults: Bilingual[] = [];
    if (approved === undefined) {
      faults.push({ en: "there is no general manager's approval", zh: '未经总经理核准' });
    } else if (approved > executed) {
      faults.push({
        en: `it was executed at ${local(executed)}, before the approval at ${local(approved)}`,
        zh: `于${local(executed)}执行，早于${local(approved)}的核准`,
      });
    }
    if (f.kind === 'bonus-deduction') {
      const { year, month, day } = ymdOfDay(ctx.time.localDay(executed, ctx.zone));
      if (day !== daysInMonth(year, month)) {
        faults.push({
          en: `the deduction was executed on day ${day}, not at month end (月底執行)`,
          zh: `罚扣于${day}日执行，未在月底执行`,
        });
      }
    } else if (published === undefined) {
      faults.push({ en: 'HR-admin has not published it', zh: '行政人事部未公布' });
    } else if (approved !== undefined && published < approved) {
      faults.push({
        en: `it was published at ${local(published)}, before the approval`,
        zh: `于${local(published)}公布，早于核准`,
      });
    }
    const what =
      f.kind === 'bonus-deduction' ? { en: 'bonus deduction', zh: '奖金罚扣' } : { en: 'sanction', zh: '行政处分' };
    if (faults.length === 0) {
      return {
        status: 'met',
        explanation: {
          en: `The ${what.en} was approved by the general manager before it was executed${f.kind === 'bonus-deduction' ? ', at month end' : ', and published by HR-admin'}`,
          zh: `${what.zh}经总经理核准后执行${f.kind === 'bonus-deduction' ? '，于月底执行' : '，并由行政人事部公布'}`,
        },
      };
    }
    return {
      status: 'breached',
      explanation: {
        en: `The ${what.en} was not executed as required: ${joinClauses(faults).en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `${what.zh}未按规定执行：${joinClauses(faults).zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      },
    };
  },
});
