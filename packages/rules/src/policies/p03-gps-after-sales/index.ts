/** P03 GPS terminal installation and after-sales service (房地產客服管理制度篇三, seed lines 80–113). */
import { definePolicy } from '../../kernel/policy.js';
import { contactReply } from './contact-reply.js';
import { dispatchApproval } from './dispatch-approval.js';
import { emergencyDispatch } from './emergency-dispatch.js';
import { feeRemittance } from './fee-remittance.js';
import { inspections } from './inspections.js';
import { installationFree } from './installation-free.js';
import { onSiteResponse } from './on-site-response.js';
import { repairCharge } from './repair-charge.js';
import { repairIntake } from './repair-intake.js';
import { simSwap } from './sim-swap.js';
import { suggestionFeedback } from './suggestion-feedback.js';
import { terminalSwap } from './terminal-swap.js';
import { workOrder } from './work-order.js';

export * from './inspections.js';
export {
  contactReply,
  dispatchApproval,
  emergencyDispatch,
  feeRemittance,
  installationFree,
  onSiteResponse,
  repairCharge,
  repairIntake,
  simSwap,
  suggestionFeedback,
  terminalSwap,
  workOrder,
};

export const policy = definePolicy({
  code: 'P03',
  title: { en: 'GPS terminal installation and after-sales service', zh: 'GPS终端安装及售后服务' },
  seedTitle: '房地產客服管理制度篇三',
  seedLines: [80, 113],
  rules: [
    installationFree,
    onSiteResponse,
    repairIntake,
    dispatchApproval,
    repairCharge,
    terminalSwap,
    simSwap,
    feeRemittance,
    contactReply,
    emergencyDispatch,
    workOrder,
    suggestionFeedback,
    ...inspections,
  ],
});
