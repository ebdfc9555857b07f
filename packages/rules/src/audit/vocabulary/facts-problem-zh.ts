/**
 * Why a rule's facts do not pass its schema, in simplified Chinese, for a line the audit rejects with the
 * rule's `invalid-facts` error (#15). The English is the schema's own wording (kernel/messages.ts); this is
 * the same statement made again from zod's issue — its code, bounds, input and the field's schema — so no
 * English sentence is matched or translated. Asked only for a line already refused: it parses the facts a
 * second time, and may.
 */
import * as z from 'zod';
import type * as zodCore from 'zod/v4/core';
import { didYouMeanZh } from '../../kernel/messages.js';
import { FIRST_YEAR, LAST_YEAR, parseDate, parseInstant, parseMonth } from '../../kernel/time.js';
import { dateTextProblemWords, instantProblemWords } from '../../kernel/time-problems.js';

type ZodIssue = zodCore.$ZodIssue;

const NULL_ZH = '此处不接受 null：不适用时请省略该字段';
const YEARS_ZH = `超出 Kefu 处理的年份（${FIRST_YEAR}–${LAST_YEAR}）`;

/** What zod calls the expected kind, as what the field should be. */
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  string: '应为文本',
  number: '应为数值',
  int: '应为整数',
  boolean: '应为 true 或 false',
  array: '应为列表',
  object: '应为对象',
  date: '应为日期',
};

/** The field's schema under optional, nullable, default, pipe and readonly wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let depth = 0; depth < 16; depth += 1) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodReadonly) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else break;
  }
  return s;
}

/** The schema of the field at `path` inside `schema`, when the path leads through objects, lists and records. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrapped(schema);
  for (const key of path) {
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(key)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else if (s instanceof z.ZodUnion) {
      const options = s.options as readonly z.ZodType[];
      s = options.map((o) => schemaAt(o, [key])).find((found) => found !== undefined);
    } else return undefined;
    if (s === undefined) return undefined;
    s = unwrapped(s);
  }
  return s;
}

function limitZh(origin: string, n: number | bigint, inclusive: boolean | undefined, most: boolean): string {
  if (origin === 'string') return `${most ? '最多' : '至少'} ${n} 个字符`;
  if (origin === 'array' || origin === 'set') return `${most ? '最多' : '至少'} ${n} 项`;
  if (most) return inclusive === false ? `应小于 ${n}` : `应不大于 ${n}`;
  return inclusive === false ? `应大于 ${n}` : `应不小于 ${n}`;
}

function given(input: unknown): string {
  return typeof input === 'number' || typeof input === 'boolean' ? `，实际为 ${String(input)}` : '';
}

/**
 * A refinement's failure (zod's `custom`): said from the field's kind, which its schema's metadata carries
 * (kernel/schemas.ts: `format: 'date-time'` for instants, `date` for dates, a month's pattern), else as a
 * value the field does not accept, named by the field's own Chinese description.
 */
function customZh(field: z.ZodType | undefined, input: unknown): string {
  const meta = field?.meta() as { format?: unknown; pattern?: unknown; zh?: unknown } | undefined;
  const text = typeof input === 'string' ? input : undefined;
  if (meta?.format === 'date-time' && text !== undefined) {
    return parseInstant(text) === undefined ? instantProblemWords(text).zh : YEARS_ZH;
  }
  if (meta?.format === 'date' && text !== undefined) {
    return parseDate(text) === undefined ? dateTextProblemWords(text).zh : YEARS_ZH;
  }
  if (typeof meta?.pattern === 'string' && meta.pattern.includes('(0[1-9]|1[0-2])') && text !== undefined) {
    return parseMonth(text) === undefined ? '应为月份 YYYY-MM' : YEARS_ZH;
  }
  const about = typeof meta?.zh === 'string' ? `（${meta.zh}）` : '';
  return `该值不被接受${about}`;
}

function issueZh(issue: ZodIssue, field: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_ZH[issue.expected] ?? `应为 ${String(issue.expected)}`;
      if (issue.input === undefined) return `必填：${expected}`;
      if (issue.input === null) return NULL_ZH;
      return expected;
    }
    case 'too_big':
      return `${limitZh(issue.origin, issue.maximum, issue.inclusive, true)}${given(issue.input)}`;
    case 'too_small':
      return `${limitZh(issue.origin, issue.minimum, issue.inclusive, false)}${given(issue.input)}`;
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的倍数${given(issue.input)}`;
    case 'unrecognized_keys': {
      const known = field instanceof z.ZodObject ? Object.keys(field.shape) : [];
      const named = issue.keys.map((k) => `${JSON.stringify(k)}${didYouMeanZh(k, known)}`);
      return `未知的字段 ${named.join('、')}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const hint = typeof issue.input === 'string' ? didYouMeanZh(issue.input, values) : '';
      const shown = values.length > 12 ? `${values.slice(0, 12).join('、')}……` : values.join('、');
      return `应为以下之一：${shown}${hint}`;
    }
    case 'invalid_format':
      return `格式无效（应为 ${issue.format}）`;
    case 'custom':
      return customZh(field, issue.input);
    default:
      return '该值不被接受';
  }
}

/** The issue to report: a union that matched no branch answers with the branch that got furthest (as kernel/config.ts). */
function firstIssue(
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[],
): [ZodIssue, PropertyKey[]] | undefined {
  const issue = issues[0];
  if (issue === undefined) return undefined;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const depth = (branch: readonly ZodIssue[]) => Math.max(...branch.map((b) => b.path.length));
    const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    return firstIssue(best, path);
  }
  return [issue, path];
}

/**
 * Why `facts` fail `schema`, in Chinese, led by the field's path (`receivedAt：缺少时区偏移…`); `undefined`
 * when they pass (the rule refused them itself, after its schema: see rule-error-zh.ts).
 */
export function factsProblemZh(schema: z.ZodType, facts: unknown): string | undefined {
  const parsed = schema.safeParse(facts, { reportInput: true });
  if (parsed.success) return undefined;
  const found = firstIssue(parsed.error.issues as readonly ZodIssue[], []);
  if (found === undefined) return undefined;
  const [issue, path] = found;
  // An unknown key is reported at its object; any other issue at its field.
  const field = schemaAt(schema, path);
  const where = path.length > 0 ? `${path.map(String).join('.')}：` : '';
  return `${where}${issueZh(issue, field)}`;
}
