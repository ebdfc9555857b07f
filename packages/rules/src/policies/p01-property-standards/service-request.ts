/**
 * 服務請求 1: 收到業戶服務請求，做好詳細記錄，并于業戶約定上門服務時間。
 * Every service request is recorded and a visit time agreed with the resident. The seed names no field list
 * for 詳細記錄: by default the record must say what was asked and the agreed visit time; an organisation may
 * also require the household (`requiredFields`). Whether the visit kept the agreed time is not judged here:
 * the log has no visit event yet.
 */
import * as z from 'zod';
import { defineRule } from '../../kernel/define-rule.js';
import { at, atOpt, NO_SANCTION_TO_CORRECT, notBefore } from '../../kernel/helpers.js';
import { itemsVerdict, requiredFieldsParam } from '../../kernel/record.js';
import type { Bilingual } from '../../kernel/result.js';
import { instant } from '../../kernel/schemas.js';

const FIELDS = ['request', 'agreedVisitAt', 'household'] as const;
type Field = (typeof FIELDS)[number];

const NAMES: Readonly<Record<Field, Bilingual>> = {
  request: { en: 'what was asked', zh: '服务请求内容' },
  agreedVisitAt: { en: 'the agreed visit time', zh: '约定上门服务时间' },
  household: { en: 'the household', zh: '住户' },
};

// Optional text, so a record with a gap is judged (breached) rather than rejected; blank counts as missing.
const text = z.string().max(10_000).optional();

export const serviceRequest = defineRule({
  id: 'P01.service-request',
  policy: 'P01',
  clause: '服務請求 1',
  seedLines: [9, 9],
  kind: 'check',
  title: {
    en: 'A service request is recorded with a visit time agreed with the resident',
    zh: '收到服务请求做好记录并约定上门服务时间',
  },
  facts: z
    .object({
      requestedAt: instant.meta({ description: 'when the request was received', zh: '收到服务请求的时间' }),
      request: text.meta({ description: 'what the resident asked for, as recorded', zh: '记录的服务请求内容' }),
      agreedVisitAt: instant.optional().meta({
        description: 'the visit time agreed with the resident (約定上門服務時間)',
        zh: '与业户约定的上门服务时间',
      }),
      household: text.meta({ description: 'the household that asked', zh: '提出请求的住户' }),
    })
    .strict(),
  params: z
    .object({
      requiredFields: requiredFieldsParam(FIELDS, ['request', 'agreedVisitAt']).meta({
        description:
          'what the record must carry (詳細記錄: the seed names no list); default: the request and the agreed visit time',
        zh: '记录须载明的项目（详细记录：原文未列明）；默认：请求内容与约定上门时间',
      }),
    })
    .strict(),
  startOf: (f) => at(f.requestedAt),
  evaluate(f, ctx) {
    notBefore(atOpt(f.agreedVisitAt), at(f.requestedAt), 'agreedVisitAt', 'requestedAt');
    return itemsVerdict(f, ctx.params.requiredFields, NAMES, {
      met: (total) => ({
        en: `The request is recorded with all ${total} required items, the agreed visit time among them`,
        zh: `服务请求已记录，载明全部${total}项（含约定上门时间）`,
      }),
      breached: (given, total, missing) => ({
        en: `The request's record carries ${given} of ${total} required items; missing: ${missing.en} (${NO_SANCTION_TO_CORRECT.en})`,
        zh: `服务请求记录仅载明${given}/${total}项，缺少：${missing.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
      }),
    });
  },
});
