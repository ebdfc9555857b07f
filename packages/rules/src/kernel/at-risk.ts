/**
 * When an open obligation turns at-risk (issue #16, the live monitor): the audit writes a pending finding's
 * window (`deadline`: kind, start, due instant, days skipped) but not the instant the configuration's
 * warning share of it runs out. This rebuilds the window exactly as the rule built it and asks `atRiskAt`,
 * so the instant is the one at which the audit itself would first say `at-risk`.
 */
import { versionAt } from './config.js';
import { atRiskAt, type Deadline, workingDaysOff } from './deadline.js';
import type { PreparedEvaluator } from './prepared.js';
import type { RuleResult } from './result.js';

/**
 * The ISO instant (in the organisation's zone) a pending result turns (or an at-risk one turned) at-risk,
 * judged with `evaluator`'s configuration (the warning share of the version in force when the window opens);
 * `undefined` when the result has no window, is neither pending nor at-risk, or its window never turns at-risk before it is due. A result whose
 * status combines several windows (a plan and its sessions) reports one of them: a monitor re-judges at the
 * instant rather than trusting it blindly.
 */
export function resultAtRiskAt(result: RuleResult, evaluator: PreparedEvaluator): string | undefined {
  const info = result.deadline;
  if ((result.status !== 'pending' && result.status !== 'at-risk') || info === undefined) return undefined;
  const { time, resolved } = evaluator;
  const windowStart = time.parse(info.start);
  const dueAt = time.parse(info.dueAt);
  if (windowStart === undefined || dueAt === undefined) return undefined;
  const ctx = { zone: resolved.zone, calendar: resolved.calendar, time };
  const deadline: Deadline = {
    kind: info.kind,
    windowStart,
    dueAt,
    skipped: info.skipped,
    describe: { en: '', zh: '' },
    ...(info.kind === 'working-days' && { daysOff: workingDaysOff(windowStart, info.skipped, ctx) }),
  };
  const at = atRiskAt(deadline, versionAt(resolved, windowStart).version.warningShare);
  return at === undefined ? undefined : time.iso(at, resolved.zone);
}
