/** The verdict of a route rule (P02 incoming and outgoing documents, the P09 and P13 complaint routes). */
import type { Verdict } from './define-rule.js';
import { NO_SANCTION_TO_CORRECT } from './helpers.js';
import {
  checkWorkflow,
  describeStepProblem,
  relatedStep,
  type StepProblem,
  stepText,
  type WorkflowStep,
} from './workflow.js';

/** What a route rule returns as `value`: the first problem by name, or the next step. */
export interface RouteValue {
  readonly problem: StepProblem<string>['kind'] | null;
  /** The step out of order, repeated or missing. */
  readonly step: string | null;
  /** Its position in the list (0-based); for a missing step, where it was due. */
  readonly index: number | null;
  /** The step it should have followed or preceded, when there is one. */
  readonly relatedStep: string | null;
  /** The next required step when the route is in progress and in order. */
  readonly nextStep: string | null;
}

export function routeVerdict<S extends string>(
  route: readonly WorkflowStep<S>[],
  events: readonly S[],
  optional: ReadonlySet<S>,
  inProgress: boolean,
  name: { en: string; zh: string },
): Verdict<RouteValue> {
  const check = checkWorkflow(route, events, optional, inProgress);
  const required = route.filter((r) => !optional.has(r.step)).length;
  const measured = { value: check.inOrder, unit: 'step' as const };
  const target = { value: required, unit: 'step' as const, comparator: '>=' as const };
  const p = check.problem;
  if (p === undefined) {
    const next = check.next === undefined ? undefined : stepText(route, check.next);
    return {
      status: 'met',
      measured,
      target,
      value: { problem: null, step: null, index: null, relatedStep: null, nextStep: check.next ?? null },
      explanation: next
        ? {
            en: `The ${name.en} is in order so far (${events.length} steps); next: ${next.en}`,
            zh: `${name.zh}至今顺序正确（已完成${events.length}步），下一步：${next.zh}`,
          }
        : {
            en: `The ${name.en} took all ${events.length} steps in the required order`,
            zh: `${name.zh}${events.length}个步骤齐全，顺序正确`,
          },
    };
  }
  const text = describeStepProblem(route, p);
  return {
    status: 'breached',
    measured,
    target,
    value: { problem: p.kind, step: p.step, index: p.index, relatedStep: relatedStep(p) ?? null, nextStep: null },
    explanation: {
      en: `The ${name.en} breaks the required order: ${text.en} (${NO_SANCTION_TO_CORRECT.en})`,
      zh: `${name.zh}未按规定程序：${text.zh}（${NO_SANCTION_TO_CORRECT.zh}）`,
    },
  };
}
