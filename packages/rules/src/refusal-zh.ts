/**
 * Why `evaluate(ruleId, facts)` refused, in Chinese, for a reader who chose Chinese (`kefu … --lang zh`, an
 * API client asking for zh). The English is the error's own `message`; this is built from the error's code, its
 * issues and the facts, the same words the audit gives a refused line (`reasonZh`), never translated back from
 * the English.
 */
import { ruleErrorZh } from './audit/vocabulary/rule-error-zh.js';
import type { KefuError } from './kernel/errors.js';
import { getRule } from './registry.js';

/** `P01.complaint-reply：receivedAt：缺少时区偏移…` — led by the rule id, as the English is. */
export function refusalZh(ruleId: string, error: KefuError, facts: unknown): string {
  const rule = getRule(ruleId);
  return ruleErrorZh(rule?.id ?? ruleId, error, rule, facts);
}
