/** P02 Document management (房地產客服管理制度篇二, seed lines 50–79). */
import { definePolicy } from '../../kernel/policy.js';
import { access } from './access.js';
import { borrowingRecord } from './borrowing-record.js';
import { destruction } from './destruction.js';
import { distributionTime } from './distribution-time.js';
import { incomingRoute } from './incoming-route.js';
import { inspections } from './inspections.js';
import { internalHandling } from './internal-handling.js';
import { internalSignoff } from './internal-signoff.js';
import { numberingContinuity } from './numbering-continuity.js';
import { outgoingRoute } from './outgoing-route.js';
import { signedImmutable } from './signed-immutable.js';

export * from './inspections.js';
export {
  access,
  borrowingRecord,
  destruction,
  distributionTime,
  incomingRoute,
  internalHandling,
  internalSignoff,
  numberingContinuity,
  outgoingRoute,
  signedImmutable,
};

export const policy = definePolicy({
  code: 'P02',
  title: { en: 'Document management', zh: '客服部文件管理制度' },
  seedTitle: '房地產客服管理制度篇二',
  seedLines: [50, 79],
  rules: [
    borrowingRecord,
    access,
    destruction,
    signedImmutable,
    distributionTime,
    internalHandling,
    incomingRoute,
    outgoingRoute,
    internalSignoff,
    numberingContinuity,
    ...inspections,
  ],
});
