/**
 * Every code a rejected line (`Rejection.code`) and an audit warning (`AuditWarning.code`) may carry, each
 * with what it means in simplified Chinese (#15). The tables are typed over the codes, so a new code without
 * its Chinese does not compile, and a test walks them.
 */
import type { ErrorCode } from '../../kernel/errors.js';

/** Codes of the audit's own checks, besides the rules' error codes (`ErrorCode`). */
export const LINE_REJECTION_CODES = [
  'malformed-json',
  'invalid-utf8',
  'line-too-long',
  'empty-line',
  'not-an-object',
  'unknown-type',
  'invalid-event',
  'out-of-range',
  'unknown-id',
  'late-event',
  'orphan-event',
] as const;

export type LineRejectionCode = (typeof LINE_REJECTION_CODES)[number];

/** A rejected line's code: one of the audit's own checks, or the error code of the rule that refused it. */
export type RejectionCode = LineRejectionCode | ErrorCode;

/**
 * What a rule error means, in one Chinese sentence per code: the reason of a line a rule refused when
 * nothing more precise can be said (rule-error-zh.ts says more for invalid facts and missing parameters).
 */
export const RULE_ERROR_ZH: Readonly<Record<ErrorCode, string>> = {
  'invalid-facts': '规则的事实无效',
  'invalid-options': '选项无效',
  'invalid-config': '配置无效，规则无法判定',
  'unknown-rule': '未知的规则编号',
  'calendar-year-unknown':
    '工作日日历中没有所需的年份：请按国务院的通知把该年加入配置的 calendar.years，或选用 calendar.unknownYears: "weekends-only"',
  'rule-refused': '规则拒绝按这些事实判定',
  'not-configured': '规则需要的参数未配置：种子政策没有给出该限值，须由组织设定',
  'invalid-state': '检查点无法恢复：版本、设置不同或已损坏',
  internal: '内部错误：此行未能判定，审核继续（请报告此问题）',
};

const LINE_REJECTION_ZH: Readonly<Record<LineRejectionCode, string>> = {
  'malformed-json': '不是合法的 JSON',
  'invalid-utf8': '不是有效的 UTF-8 文本',
  'line-too-long': '该行超过 maxLineBytes，未读取',
  'empty-line': '空行',
  'not-an-object': '应为 JSON 对象',
  'unknown-type': '未知的事件类型',
  'invalid-event': '事件无效：字段缺少、写错或相互矛盾',
  'out-of-range': '日期在审核窗口之外',
  'unknown-id': '组织文件中没有该人员或部门',
  'late-event': '来得太晚：日志的这一段已经结算',
  'orphan-event': '日志中没有它所跟随的事件（例如答复了从未收到的投诉）',
};

/** Every rejection code with its meaning in Chinese. */
export const REJECTION_CODES_ZH: Readonly<Record<RejectionCode, string>> = { ...LINE_REJECTION_ZH, ...RULE_ERROR_ZH };

/** Codes of the warnings the audit gives about its input (`AuditWarning.code`). */
export const AUDIT_WARNING_CODES = ['unknown-id', 'no-org'] as const;

export type AuditWarningCode = (typeof AUDIT_WARNING_CODES)[number];

/** What each warning code means, in Chinese. */
export const AUDIT_WARNING_CODES_ZH: Readonly<Record<AuditWarningCode, string>> = {
  'unknown-id': '组织文件中没有的人员或部门，按原样读入（lenientIds）',
  'no-org': '没有组织文件：台账不含连带责任、部门、姓名和工资',
};
