/**
 * A rule's refusal of a line's facts (its `KefuError`), in simplified Chinese, for the rejected line's
 * `reasonZh` (#15). The rule's own Chinese wins when it gives one (`messageZh`); otherwise the sentence is
 * built from the error's code and issues and the rule's schemas — facts that fail the schema through the
 * same field wording as an event's fields (facts-problem-zh.ts), a missing parameter by its name and its
 * Chinese description, any other code with its sentence (rejection-codes.ts). The English message is never
 * matched. Asked only for a refused line.
 */
import type * as z from 'zod';
import type { RuleInfo } from '../../kernel/define-rule.js';
import type { KefuError } from '../../kernel/errors.js';
import { didYouMeanZh } from '../../kernel/messages.js';
import { rules } from '../../registry.js';
import { factsProblemZh } from './facts-problem-zh.js';
import { RULE_ERROR_ZH } from './rejection-codes.js';

/** A parameter's Chinese description from its schema's metadata, if it has one. */
function paramZh(rule: RuleInfo | undefined, param: string): string | undefined {
  const schema = (rule?.params.shape as Readonly<Record<string, z.ZodType>> | undefined)?.[param];
  const zh = (schema?.meta() as { zh?: unknown } | undefined)?.zh;
  return typeof zh === 'string' ? zh : undefined;
}

/**
 * `not-configured`'s issue path is `config.rules.<rule>.<parameter>` (kernel/errors.ts `notConfigured`), and
 * may go on into the parameter (`….priceList.<service>`: the entry missing from a price list).
 */
function notConfiguredZh(error: KefuError, rule: RuleInfo | undefined): string {
  const path = error.issues[0]?.path ?? [];
  const param = path[0] === 'config' && path[1] === 'rules' ? path[3] : undefined;
  if (typeof param !== 'string') return RULE_ERROR_ZH['not-configured'];
  const entry = path.slice(4).map((key) => JSON.stringify(String(key)));
  const about = paramZh(rule, param);
  const within = entry.length > 0 ? ` 中的 ${entry.join('.')}` : '';
  return `未配置参数 ${param}${within}${about === undefined ? '' : `（${about}）`}：须在组织的配置中为此规则设定`;
}

/** The value the facts give at `path`, shown as JSON (shortened), or `undefined` when there is none. */
function valueAt(facts: unknown, path: readonly (string | number)[]): string | undefined {
  let value = facts;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

/** The field the rule names (its first issue's path) and the value the facts give it: `amount 为 99999`. */
function fieldOf(error: KefuError, facts: unknown): string | undefined {
  const path = error.issues[0]?.path ?? [];
  if (path.length === 0) return undefined;
  const value = valueAt(facts, path);
  return value === undefined ? path.join('.') : `${path.join('.')} 为 ${value}`;
}

/** The facts passed the schema, so the rule found them contradicting each other (`badFact`). */
function contradictionZh(error: KefuError, facts: unknown): string {
  const field = fieldOf(error, facts);
  return field === undefined
    ? '事实相互矛盾，规则无法据此判定'
    : `${field}，与同一事实中的其他值相矛盾，规则无法据此判定`;
}

function sentenceZh(ruleId: string, error: KefuError, rule: RuleInfo | undefined, facts: unknown): string {
  switch (error.code) {
    case 'invalid-facts':
      return (rule === undefined ? undefined : factsProblemZh(rule.facts, facts)) ?? contradictionZh(error, facts);
    case 'not-configured':
      return notConfiguredZh(error, rule);
    case 'unknown-rule':
      return `未知的规则编号 ${ruleId}${didYouMeanZh(
        ruleId,
        rules.map((r) => r.id),
      )}`;
    case 'rule-refused':
    case 'invalid-config': {
      const field = fieldOf(error, facts);
      return field === undefined ? RULE_ERROR_ZH[error.code] : `${RULE_ERROR_ZH[error.code]}：${field}`;
    }
    default:
      return RULE_ERROR_ZH[error.code];
  }
}

/**
 * Why rule `ruleId` refused a line, in Chinese, led by the rule id as the English is
 * (`P01.complaint-reply：receivedAt：缺少时区偏移…`).
 */
export function ruleErrorZh(ruleId: string, error: KefuError, rule: RuleInfo | undefined, facts: unknown): string {
  const said = error.messageZh ?? sentenceZh(ruleId, error, rule, facts);
  return said.startsWith(ruleId) ? said : `${ruleId}：${said}`;
}
