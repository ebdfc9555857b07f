/**
 * Materials (P06): a requisition's form is checked when it is raised (with its scope and fulfilment route
 * when the event says what and how much); its approval steps are gathered and judged in order once it has
 * gone to production with the copy to business management, or, unfinished, at the end.
 */
import { annualPlan } from '../../../policies/p06-materials/annual-plan.js';
import { fulfilmentRoute } from '../../../policies/p06-materials/fulfilment-route.js';
import { inScope } from '../../../policies/p06-materials/in-scope.js';
import { requisitionApprovals } from '../../../policies/p06-materials/requisition-approvals.js';
import { requisitionForm } from '../../../policies/p06-materials/requisition-form.js';
import { siteStock } from '../../../policies/p06-materials/site-stock.js';
import { CaseBook, type FactsOf, given, isDecided, type LooseFacts } from '../../cases.js';
import type { AuditEngine } from '../../engine.js';
import type { AuditEvent } from '../../events.js';
import { caseFamily, defined, type Family, here, insertStep } from '../family.js';
import { createRequisition, type Requisition } from './case.js';
import type { MaterialEventType } from './events.js';
import { obligations } from './obligations.js';

/** What a material event does, typed per event type. */
type Handlers = {
  readonly [T in MaterialEventType]: (e: AuditEvent<T>, engine: AuditEngine) => void;
};

export function materials(): Family {
  const cases = new CaseBook<Requisition>({
    create: createRequisition,
    obligations,
    complete: (c) => isDecided(c, requisitionApprovals),
    orphan: () => undefined,
  });

  const handlers: Handlers = {
    'requisition-raised'(e, engine) {
      const meta = here(e, engine);
      // The form as the line gave it: a field it lacks is the rule's to refuse (the form is incomplete).
      const form = defined({
        materialCode: e.materialCode,
        materialName: e.materialName,
        urgency: e.urgency,
        quantity: e.quantity,
        reviewedBySiteChief: e.reviewedBySiteChief,
      });
      engine.decide(requisitionForm.id, given<FactsOf<typeof requisitionForm>>(form), meta);
      if (e.category !== undefined) {
        const scope: FactsOf<typeof inScope> = { category: e.category };
        engine.decide(inScope.id, scope, meta);
      }
      if (e.requested !== undefined || e.inStock !== undefined) {
        // Either quantity alone: the rule refuses the route without the other.
        const route = defined({ requested: e.requested, inStock: e.inStock });
        engine.decide(fulfilmentRoute.id, given<FactsOf<typeof fulfilmentRoute>>(route), meta);
      }
    },
    'stock-counted'(e, engine) {
      // The items as the line gave them: the rule checks each one (item, booked, counted).
      const facts = defined({ items: e.items, site: e.site }) satisfies LooseFacts<typeof siteStock>;
      engine.decide(siteStock.id, facts, here(e, engine));
    },
    'annual-plan-submitted'(e, engine) {
      // Judged on its line: until the organisation sets submitWithin, the line is rejected as not-configured.
      const facts: FactsOf<typeof annualPlan> = { year: e.year, submittedAt: e.at };
      engine.decide(annualPlan.id, facts, here(e, engine));
    },
    'requisition-step'(e, engine) {
      const c = cases.touch(e.case, engine, e.employee, e.department);
      if (c.steps.length === 0 || engine.atMs < c.firstMs) c.firstMs = engine.atMs;
      insertStep(c.steps, { step: e.step, at: e.at, ms: engine.atMs });
      cases.settle(c, engine);
    },
  };

  return caseFamily(handlers, cases);
}
