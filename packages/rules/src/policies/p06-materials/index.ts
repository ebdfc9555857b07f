/** P06 Materials (房地產客服管理制度篇六, seed lines 147–177). */
import { definePolicy } from '../../kernel/policy.js';
import { annualPlan } from './annual-plan.js';
import { fulfilmentRoute } from './fulfilment-route.js';
import { inScope } from './in-scope.js';
import { inspections } from './inspections.js';
import { requisitionApprovals } from './requisition-approvals.js';
import { requisitionForm } from './requisition-form.js';
import { siteStock } from './site-stock.js';

export * from './inspections.js';
export { annualPlan, fulfilmentRoute, inScope, requisitionApprovals, requisitionForm, siteStock };

export const policy = definePolicy({
  code: 'P06',
  title: { en: 'Materials', zh: '物料管理' },
  seedTitle: '房地產客服管理制度篇六',
  seedLines: [147, 177],
  rules: [siteStock, requisitionForm, requisitionApprovals, fulfilmentRoute, inScope, annualPlan, ...inspections],
});
