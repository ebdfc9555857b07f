/**
 * 1.3: 任何人員借閱上述文件資料，須登記日期、用途、經手人及歸還日期。
 * The loan record needs its date, purpose, handler and return date; a blank entry breaches the rule. A
 * recorded loan is overdue when the file is not back by the return date (a date means the end of that
 * local day, an instant means that instant, inclusive).
 */

import * as z from 'zod';
import { instantDeadline } from '../../kernel/deadline.js';
import { defineRule } from '../../kernel/define-rule.js';
import { badFact } from '../../kernel/errors.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT, notBefore, timedVerdict } from '../../kernel/helpers.js';
import type { InstantCodec } from '../../kernel/instant-codec.js';
import { listNames, missingFields } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { asOfFact, instant, isoDate } from '../../kernel/schemas.js';
import { parseDate } from '../../kernel/time.js';

const NAMES: Readonly<Record<'purpose' | 'handler' | 'returnBy', Bilingual>> = {
  purpose: { en: 'purpose', zh: '用途' },
  handler: { en: 'handler', zh: '经手人' },
  returnBy: { en: 'return date', zh: '归还日期' },
};

/** The due instant of `returnBy`: the end of a local date, or the instant itself. */
function dueOf(returnBy: string, zone: string, time: InstantCodec): number {
  const day = parseDate(returnBy);
  return day === undefined ? at(returnBy) : time.endOfLocalDay(day, zone);
}

export const borrowingRecord = defineRule({
  id: 'P02.borrowing-record',
  policy: 'P02',
  clause: '1.3',
  seedLines: [54, 54],
  kind: 'check',
  title: {
    en: 'A file loan records date, purpose, handler and return date',
    zh: '借阅文件须登记日期、用途、经手人及归还日期',
  },
  facts: z
    .object({
      borrowedAt: instant.meta({ description: 'the date of the loan, as recorded', zh: '借阅日期，以登记为准' }),
      purpose: z.string().max(500).optional().meta({
        description: 'the recorded purpose (用途); blank or absent: not recorded',
        zh: '登记的用途；空白或缺省：未登记',
      }),
      handler: z.string().max(100).optional().meta({
        description: 'the recorded handler (經手人); blank or absent: not recorded',
        zh: '登记的经手人；空白或缺省：未登记',
      }),
      returnBy: z.union([isoDate, instant]).optional().meta({
        description: 'the recorded return date (歸還日期): a date or an instant; absent: not recorded',
        zh: '登记的归还日期：日期或时刻；缺省：未登记',
      }),
      returnedAt: instant.optional().meta({ description: 'when the file came back', zh: '文件归还的时间' }),
      asOf: asOfFact,
    })
    .strict(),
  params: z.object({}).strict(),
  startOf: (f) => at(f.borrowedAt),
  evaluate(f, ctx) {
    const borrowed = at(f.borrowedAt);
    const returned = atOpt(f.returnedAt);
    notBefore(returned, borrowed, 'returnedAt', 'borrowedAt');
    const missing = missingFields(f, ['purpose', 'handler', 'returnBy']);
    const due = f.returnBy === undefined ? undefined : dueOf(f.returnBy, ctx.zone, ctx.time);
    if (due !== undefined && due < borrowed) throw badFact(['returnBy'], 'must not be before borrowedAt');
    const registered = { value: 4 - missing.length, unit: 'item' as const };
    if (missing.length > 0 || due === undefined) {
      return {
        status: 'breached',
        measured: registered,
        target: { value: 4, unit: 'item', comparator: '=' },
        explanation: {
          en: `The loan record lacks its ${listNames(missing, NAMES).en}: every loan must record date, purpose, handler and return date (${NO_SANCTION_TO_CORRECT.en})`,
          zh: `借阅登记缺少${listNames(missing, NAMES).zh}：借阅须登记日期、用途、经手人及归还日期（${NO_SANCTION_TO_CORRECT.zh}）`,
        },
      };
    }
    const deadline = instantDeadline(due, borrowed, { en: 'by the recorded return date', zh: '登记的归还日期前' });
    return timedVerdict({ deadline, doneAt: returned, ctx, action: { en: 'return of the file', zh: '归还文件' } });
  },
});
