/**
 * Typed errors. `evaluate()` never throws: whatever goes wrong becomes a `KefuError` value whose
 * `issues` name the offending field by path, so callers (API, CLI, audit) can report it precisely.
 */

export type ErrorCode =
  | 'invalid-facts'
  | 'invalid-options'
  | 'invalid-config'
  | 'unknown-rule'
  | 'calendar-year-unknown'
  | 'rule-refused'
  | 'not-configured'
  /** A checkpoint (`resumeFrom`) that cannot be resumed: another version, other settings, damaged. */
  | 'invalid-state'
  | 'internal';

export interface Issue {
  /** Path to the offending field, e.g. `['priorBreaches', 2, 'at']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface KefuError {
  readonly code: ErrorCode;
  readonly message: string;
  /**
   * The message in simplified Chinese, where whoever raised the error worded it in both languages (#15);
   * absent otherwise — the audit then words the error from its code and issues (audit/vocabulary).
   */
  readonly messageZh?: string;
  readonly issues: readonly Issue[];
}

/**
 * Thrown inside the kernel and rule bodies; caught by `evaluate()` and turned into a `KefuError`.
 * Rules throw it for their own refusals (the 100th case of a month, an amount outside its range).
 */
export class KefuRuleError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  /** The message in simplified Chinese, when the thrower gives one (`KefuError.messageZh`). */
  readonly messageZh: string | undefined;

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = [], messageZh?: string) {
    super(message);
    this.name = 'KefuRuleError';
    this.code = code;
    this.issues = issues;
    this.messageZh = messageZh;
  }

  toJSON(): KefuError {
    const { code, message, issues, messageZh } = this;
    // Left out when absent, so an error without Chinese is the same object as before.
    return messageZh === undefined ? { code, message, issues } : { code, message, messageZh, issues };
  }
}

/** A rule's own refusal of facts that are well-formed but not acceptable (HTTP 422). */
export function refuse(message: string, path: readonly (string | number)[] = []): KefuRuleError {
  return new KefuRuleError('rule-refused', message, [{ path, message }]);
}

/** A fact that passed its schema but contradicts another fact (e.g. a reply before the complaint). */
export function badFact(path: readonly (string | number)[], message: string): KefuRuleError {
  return new KefuRuleError('invalid-facts', `${path.join('.')}: ${message}`, [{ path, message }]);
}

/**
 * A limit the seed leaves open (及時, 迅速, 定期…) that the organisation has not set: the rule answers
 * `not-configured`, naming the parameter, instead of judging against a limit nobody chose.
 */
export function notConfigured(ruleId: string, param: string, message: string): KefuRuleError {
  return new KefuRuleError('not-configured', `${ruleId}: ${message}`, [
    { path: ['config', 'rules', ruleId, param], message },
  ]);
}
