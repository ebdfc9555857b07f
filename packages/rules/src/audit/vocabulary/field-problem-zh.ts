/**
 * Why an event field's value is refused, in simplified Chinese, for `kefu audit --lang zh` (#15). The English
 * wording is the field schema's own (field-specs.ts); this gives the same statement from the field's kind,
 * which the schema carries in its metadata, so no English sentence is ever matched or translated.
 * Asked only for a line already refused, so it may take its time.
 */
import * as z from 'zod';
import { instantProblemWords } from '../../kernel/time-problems.js';

const NULL_FIELD_ZH = '此处不接受 null：不适用时请省略该字段';

const BY_KIND: Readonly<Record<string, string>> = {
  date: '应为日期 YYYY-MM-DD',
  month: '应为月份 YYYY-MM',
  string: '应为非空文本',
  boolean: '应为 true 或 false',
  number: '应为有限数值',
  integer: '应为整数',
  severity: '应为 light、medium、heavy 或扣分数',
  strings: '应为文本列表',
  list: '应为列表',
  object: '应为对象',
};

/** The field's schema without its `optional()` wrapper. */
function inner(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** Why `input` is not a value of the field `schema` (a field of an event type's schema), in Chinese. */
export function fieldProblemZh(schema: z.ZodType | undefined, input: unknown): string {
  if (input === null) return NULL_FIELD_ZH;
  if (schema === undefined) return '值无效';
  const field = inner(schema);
  if (field instanceof z.ZodEnum) return `应为以下之一：${field.options.join('、')}`;
  const kind = (field.meta() as { kind?: unknown } | undefined)?.kind;
  if (kind === 'instant') return typeof input === 'string' ? instantProblemWords(input).zh : '应为 ISO-8601 时刻';
  return (typeof kind === 'string' ? BY_KIND[kind] : undefined) ?? '值无效';
}
