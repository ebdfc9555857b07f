/**
 * Materials (P06): a requisition's form is checked when it is raised (with its scope and fulfilment route
 * when the event says what and how much); its approval steps are gathered and judged in order once it has
 * gone to production with the copy to business management, or, unfinished, at the end.
 */
import { requisitionApprovals } from '../../policies/p06-materials/requisition-approvals.js';
import { type CaseBase, CaseBook, isDecided, type Obligation } from '../cases.js';
import type { AuditEngine } from '../engine.js';
import type { AuditEvent } from '../events.js';
import { caseKey, type Family, here, insertStep, pick, type Step, stepFacts, str } from './family.js';

interface Requisition extends CaseBase {
  readonly steps: Step[];
  firstMs: number;
}

const finished = (c: Requisition) =>
  c.steps.some((s) => s.step === 'sent-to-production') && c.steps.some((s) => s.step === 'copy-to-business-management');

const obligations: readonly Obligation<Requisition>[] = [
  {
    rule: requisitionApprovals,
    reads: ['requisition-step'],
    open: (c) => c.steps.length > 0,
    done: finished,
    facts: (c) => ({ steps: stepFacts(c.steps), finished: finished(c) }),
    start: (c) => c.firstMs,
    // Every approval step, in time order, whatever order their lines came in (P06 1.3.2): judged at the
    // end, or with maxDelay once the horizon has passed the last step of a finished requisition.
    whole: (c) => (finished(c) ? (c.steps[c.steps.length - 1]?.ms ?? 0) : undefined),
  },
];

export function materials(): Family {
  const cases = new CaseBook<Requisition>({
    create: (key) => ({ key, lines: [], last: Number.NEGATIVE_INFINITY, decided: [], steps: [], firstMs: 0 }),
    obligations,
    complete: (c) => isDecided(c, requisitionApprovals),
    orphan: () => undefined,
  });
  return {
    handle(e: AuditEvent, engine: AuditEngine) {
      if (e.type === 'requisition-raised') {
        const meta = here(e, engine);
        engine.decide(
          'P06.requisition-form',
          pick(e, ['materialCode', 'materialName', 'urgency', 'quantity', 'reviewedBySiteChief']),
          meta,
        );
        if (e.category !== undefined) engine.decide('P06.in-scope', pick(e, ['category']), meta);
        if (e.requested !== undefined || e.inStock !== undefined) {
          engine.decide('P06.fulfilment-route', pick(e, ['requested', 'inStock']), meta);
        }
        return;
      }
      const c = cases.touch(caseKey(e), engine, e.employee, e.department);
      if (c.steps.length === 0 || engine.atMs < c.firstMs) c.firstMs = engine.atMs;
      insertStep(c.steps, { step: str(e, 'step') ?? '', at: e.at, ms: engine.atMs });
      cases.settle(c, engine);
    },
    sweep: (horizon, engine) => cases.sweep(horizon, engine),
    finish: (engine) => cases.finish(engine),
  };
}
