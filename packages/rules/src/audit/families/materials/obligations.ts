/**
 * What a requisition owes (P06): its approval steps, in order, the one obligation, keyed by its rule.
 * `feeds` adds what the family checks on the requisition's own line (its form, its scope, its fulfilment
 * route): together they are the rules the material events feed.
 */
import { annualPlan } from '../../../policies/p06-materials/annual-plan.js';
import { fulfilmentRoute } from '../../../policies/p06-materials/fulfilment-route.js';
import { inScope } from '../../../policies/p06-materials/in-scope.js';
import { requisitionApprovals } from '../../../policies/p06-materials/requisition-approvals.js';
import { requisitionForm } from '../../../policies/p06-materials/requisition-form.js';
import { siteStock } from '../../../policies/p06-materials/site-stock.js';
import { type FactsOf, type Obligation, obligation } from '../../cases.js';
import { type Feed, stepFacts } from '../family.js';
import { finished, type Requisition } from './case.js';

const of = obligation<Requisition>();

export const obligations: readonly Obligation<Requisition>[] = [
  of({
    rule: requisitionApprovals,
    reads: ['requisition-step'],
    open: (c) => c.steps.length > 0,
    done: finished,
    facts: (c) => ({
      // The steps' names as the lines gave them: one the route does not know is the rule's to refuse.
      steps: stepFacts(c.steps) as FactsOf<typeof requisitionApprovals>['steps'],
      finished: finished(c),
    }),
    start: (c) => c.firstMs,
    // Every approval step, in time order, whatever order their lines came in (P06 1.3.2): judged at the
    // end, or with maxDelay once the horizon has passed the last step of a finished requisition.
    whole: (c) => (finished(c) ? (c.steps[c.steps.length - 1]?.ms ?? 0) : undefined),
  }),
];

/** Every rule the material events feed: the approvals' obligation, and the checks on the raising line. */
export const feeds: readonly Feed[] = [
  ...obligations,
  { rule: requisitionForm, reads: ['requisition-raised'] },
  { rule: fulfilmentRoute, reads: ['requisition-raised'] },
  { rule: inScope, reads: ['requisition-raised'] },
  { rule: siteStock, reads: ['stock-counted'] },
  { rule: annualPlan, reads: ['annual-plan-submitted'] },
];
