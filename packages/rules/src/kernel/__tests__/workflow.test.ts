import { describe, expect, it } from 'vitest';
import {
  checkWorkflow,
  describeStepProblem,
  relatedStep,
  stepNames,
  stepTime,
  type WorkflowStep,
} from '../workflow.js';

type S = 'a' | 'b' | 'c' | 'd' | 'q';
const label = (s: string) => ({ en: s.toUpperCase(), zh: s });
// a → b → (q, repeatable and optional) → c; d after b, in either order with q and c.
const FLOW: readonly WorkflowStep<S>[] = [
  { step: 'a', after: [], label: label('a') },
  { step: 'b', after: ['a'], label: label('b') },
  { step: 'q', after: ['b'], repeatable: true, label: label('q') },
  { step: 'c', after: ['b', 'q'], label: label('c') },
  { step: 'd', after: ['b'], label: label('d') },
];
const optional = new Set<S>(['q']);
const check = (events: S[], inProgress = false) => checkWorkflow(FLOW, events, optional, inProgress);

describe('checkWorkflow', () => {
  it('in order, optional step left out or repeated, steps after the same one in either order: no problem', () => {
    expect(check(['a', 'b', 'c', 'd'])).toEqual({ problem: undefined, inOrder: 4, next: undefined });
    expect(check(['a', 'b', 'q', 'q', 'd', 'c']).problem).toBeUndefined();
  });

  it('reports the first problem by name: repeated, out of order, missing before a step, missing at the end', () => {
    expect(check(['a', 'a']).problem).toEqual({ kind: 'repeated', step: 'a', index: 1 });
    expect(check(['b', 'a']).problem).toEqual({ kind: 'out-of-order', step: 'b', index: 0, before: 'a' });
    expect(check(['a', 'c']).problem).toEqual({ kind: 'missing', step: 'b', index: 1, before: 'c' });
    expect(check(['a', 'b', 'c'])).toEqual({
      problem: { kind: 'missing', step: 'd', index: 3 },
      inOrder: 3,
      next: undefined,
    });
  });

  it('an optional step left out and then taken after its successor comes too late', () => {
    const r = check(['a', 'b', 'c', 'q']);
    expect(r.problem).toEqual({ kind: 'too-late', step: 'q', index: 3, after: 'c' });
    expect(r.problem && relatedStep(r.problem)).toBe('c');
  });

  it('in progress: steps still to come are not missing; the next one is named', () => {
    expect(check(['a'], true)).toEqual({ problem: undefined, inOrder: 1, next: 'b' });
  });

  it('describes a problem with the step names, labels and position', () => {
    const r = check(['a', 'c']);
    expect(r.problem && describeStepProblem(FLOW, r.problem)).toEqual({
      en: "step 'b' (B) is missing before 'c' (C) (step 2)",
      zh: '第2步「c」之前缺少步骤「b」',
    });
  });
});

describe('step lists', () => {
  it('names from names or { step, at }, rejecting times that run backwards at the later entry', () => {
    expect(stepNames<S>(['a', { step: 'b', at: '2026-01-01T10:00:00Z' }])).toEqual(['a', 'b']);
    expect(stepTime<S>({ step: 'b', at: '2026-01-01T10:00:00Z' })).toBe(Date.UTC(2026, 0, 1, 10));
    expect(stepTime<S>('b')).toBeUndefined();
    const backwards = () =>
      stepNames<S>(
        [
          { step: 'a', at: '2026-01-01T10:00:00Z' },
          { step: 'b', at: '2026-01-01T09:00:00Z' },
        ],
        'must not be before the previous step',
      );
    expect(backwards).toThrow('must not be before the previous step');
  });
});
