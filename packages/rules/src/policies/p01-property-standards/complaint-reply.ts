/**
 * 投訴 4: 不能當場處理的有效投訴，2小時內回復業戶，并約定下次回復時間。
 * 投訴 5: 確認無效投訴后，值班人員在2小時內回復業戶。
 * An invalid complaint's 2 hours run from its confirmation as invalid (確認無效投訴后): `invalidatedAt`, else
 * receipt (a complaint found invalid when it was received).
 */
import * as z from 'zod';
import { clockDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, notBefore, timedVerdict } from '../../kernel/helpers.js';
import { asOfFact, instant, isoDuration } from '../../kernel/schemas.js';

export const complaintReply = defineRule({
  id: 'P01.complaint-reply',
  policy: 'P01',
  clause: '投訴 4,5',
  seedLines: [14, 15],
  kind: 'check',
  title: { en: 'Reply to a complaint within 2 hours', zh: '投诉2小时内回复' },
  facts: z
    .object({
      receivedAt: instant.meta({ description: 'when the complaint was received', zh: '收到投诉的时间' }),
      valid: z.boolean().meta({
        description: 'a valid complaint (有效投訴); false once confirmed invalid',
        zh: '有效投诉；确认无效后为 false',
      }),
      invalidatedAt: instant.optional().meta({
        description: 'when the complaint was confirmed invalid (invalid complaints: the 2 h run from then)',
        zh: '确认为无效投诉的时间（无效投诉：2小时从此时起算）',
      }),
      settledOnSpot: z
        .boolean()
        .default(false)
        .meta({ description: 'settled on the spot: no reply is owed', zh: '当场处理：无须回复' }),
      repliedAt: instant.optional().meta({ description: 'when the resident was replied to', zh: '回复住户的时间' }),
      nextReplyAt: instant.optional().meta({
        description: 'the next reply time agreed in the reply (valid complaints)',
        zh: '回复中约定的下次回复时间（有效投诉）',
      }),
      asOf: asOfFact,
    })
    .strict(),
  params: z
    .object({
      validReplyWithin: isoDuration('PT2H', { min: 'PT1M', max: 'P7D' }).meta({
        description: 'reply window for a valid complaint',
        zh: '有效投诉的回复时限',
      }),
      invalidReplyWithin: isoDuration('PT2H', { min: 'PT1M', max: 'P7D' }).meta({
        description: 'reply window once confirmed invalid',
        zh: '确认无效后的回复时限',
      }),
    })
    .strict(),
  startOf: (f) => at(f.receivedAt),
  evaluate(f, ctx) {
    const received = at(f.receivedAt);
    const replied = atOpt(f.repliedAt);
    notBefore(replied, received, 'repliedAt', 'receivedAt');
    const invalidated = atOpt(f.invalidatedAt);
    notBefore(invalidated, received, 'invalidatedAt', 'receivedAt');
    if (f.valid && invalidated !== undefined) throw badFact(['invalidatedAt'], 'a valid complaint was not invalidated');
    if (f.valid && f.settledOnSpot) {
      return {
        status: 'not-applicable',
        explanation: {
          en: 'A valid complaint settled on the spot needs no reply within 2 h',
          zh: '当场处理的有效投诉无需2小时内回复',
        },
      };
    }
    const window = ctx.words.ms(f.valid ? ctx.params.validReplyWithin : ctx.params.invalidReplyWithin);
    // The window in words ("2 h" / "2小时"), not the parameter's ISO text.
    const hours = ctx.words.duration(window);
    const fromConfirmation = !f.valid && invalidated !== undefined;
    const deadline = fromConfirmation
      ? clockDeadline(invalidated, window, {
          en: `${hours.en} after confirmed invalid`,
          zh: `确认无效投诉后${hours.zh}内`,
        })
      : clockDeadline(received, window, { en: `${hours.en} after receipt`, zh: `收到投诉后${hours.zh}内` });
    const verdict = timedVerdict({ deadline, doneAt: replied, ctx, action: { en: 'reply', zh: '回复' } });
    // A valid complaint's reply must also fix the next reply time (投訴 4, 并約定下次回復時間); a late reply that
    // fixed none says so too.
    if (f.valid && replied !== undefined) {
      const next = atOpt(f.nextReplyAt);
      if (next === undefined) {
        const onTime = verdict.status === 'met';
        return {
          ...verdict,
          status: 'breached',
          explanation: {
            en: `${verdict.explanation.en}, ${onTime ? 'but' : 'and'} it fixed no next reply time`,
            zh: `${verdict.explanation.zh}，${onTime ? '但' : '且'}未约定下次回复时间`,
          },
        };
      }
      notBefore(next, replied, 'nextReplyAt', 'repliedAt');
    }
    return verdict;
  },
});
