/** The fourteen policies, in seed order. One folder per policy under `policies/`. */
import * as p01 from './policies/p01-property-standards/index.js';
import * as p02 from './policies/p02-document-management/index.js';
import * as p03 from './policies/p03-gps-after-sales/index.js';
import * as p04 from './policies/p04-reception-staff/index.js';
import * as p05 from './policies/p05-service-duties/index.js';
import * as p06 from './policies/p06-materials/index.js';
import * as p07 from './policies/p07-film-tickets/index.js';
import * as p08 from './policies/p08-front-desk-duty/index.js';
import * as p09 from './policies/p09-retail-complaints/index.js';
import * as p10 from './policies/p10-trading-service/index.js';
import * as p11 from './policies/p11-front-desk-handover/index.js';
import * as p12 from './policies/p12-staff-scoring/index.js';
import * as p13 from './policies/p13-manufacturing-complaints/index.js';
import * as p14 from './policies/p14-attendance-rosters/index.js';

export const policyList = [
  p01.policy,
  p02.policy,
  p03.policy,
  p04.policy,
  p05.policy,
  p06.policy,
  p07.policy,
  p08.policy,
  p09.policy,
  p10.policy,
  p11.policy,
  p12.policy,
  p13.policy,
  p14.policy,
] as const;
