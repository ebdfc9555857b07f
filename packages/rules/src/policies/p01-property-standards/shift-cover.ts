/**
 * 行為 7: 不遲到早退。無特殊事件一律不準請假或叫人頂崗，頂崗時間不超過4小時。
 * A colleague covers a shift for at most 4 h (inclusive); covering at all needs a special event. When
 * `specialEvent` is not given only the length is judged, and a warning says so.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, notBefore } from '../../kernel/helpers.js';
import type { Bilingual, Warning } from '../../kernel/result.js';
import { instant, isoDuration } from '../../kernel/schemas.js';
import { consequenceOf, joinParts } from './period.js';

export const shiftCover = defineRule({
  id: 'P01.shift-cover',
  policy: 'P01',
  clause: '行為 7',
  seedLines: [27, 27],
  kind: 'check',
  title: { en: 'Shift cover at most 4 hours, only for a special event', zh: '顶岗不超过4小时，无特殊事件不准顶岗' },
  facts: z
    .object({
      coverStart: instant.meta({ description: 'when the colleague began covering', zh: '同事开始替岗的时间' }),
      coverEnd: instant.meta({ description: 'when the cover ended', zh: '替岗结束的时间' }),
      specialEvent: z.boolean().optional().meta({
        description: 'the cover was for a special event (特殊事件); unknown when absent',
        zh: '替岗是为了特殊事件；缺省即不明',
      }),
    })
    .strict(),
  params: z
    .object({
      maxCover: isoDuration('PT4H', { min: 'PT15M', max: 'PT24H' }).meta({
        description: 'longest cover',
        zh: '最长替岗时间',
      }),
    })
    .strict(),
  startOf: (f) => at(f.coverStart),
  evaluate(f, ctx) {
    const start = at(f.coverStart);
    const end = at(f.coverEnd);
    notBefore(end, start, 'coverEnd', 'coverStart');
    const length = end - start;
    const max = ctx.words.ms(ctx.params.maxCover);
    const tooLong = length > max;
    const took = ctx.words.duration(length);
    const limit = ctx.words.duration(max);
    const over = ctx.words.duration(length - max);
    const parts: Bilingual[] = [
      tooLong
        ? {
            en: `the cover lasted ${took.en}, ${over.en} over the ${limit.en} limit`,
            zh: `顶岗${took.zh}，超过${limit.zh}的上限${over.zh}`,
          }
        : { en: `the cover lasted ${took.en}, within ${limit.en}`, zh: `顶岗${took.zh}，未超过${limit.zh}` },
    ];
    const warnings: Warning[] = [];
    if (f.specialEvent === false) {
      parts.push({ en: 'no special event justified it', zh: '无特殊事件不准叫人顶岗' });
    } else if (f.specialEvent === undefined) {
      warnings.push({
        code: 'special-event-unknown',
        en: 'Whether a special event justified the cover was not given: only its length was judged',
        zh: '未说明是否有特殊事件，仅判断顶岗时长',
      });
    }
    const status = tooLong || f.specialEvent === false ? 'breached' : 'met';
    return {
      status,
      // Seconds to the millisecond: 4 h plus 1 ms must not read as exactly 4 h.
      measured: { value: length / 1000, unit: 'second' },
      target: { value: max / 1000, unit: 'second', comparator: '<=' },
      warnings,
      explanation: joinParts(status, parts, consequenceOf(status)),
    };
  },
});
