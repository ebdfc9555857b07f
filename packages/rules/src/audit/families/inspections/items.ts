/**
 * Every inspection item of the fourteen policies (kernel/inspection.ts), in seed order: the rules an
 * `inspection-recorded` line may name as its `item`.
 */
import { inspections as p01 } from '../../../policies/p01-property-standards/inspections.js';
import { inspections as p02 } from '../../../policies/p02-document-management/inspections.js';
import { inspections as p03 } from '../../../policies/p03-gps-after-sales/inspections.js';
import { inspections as p04 } from '../../../policies/p04-reception-staff/inspections.js';
import { inspections as p06 } from '../../../policies/p06-materials/inspections.js';
import { inspections as p07 } from '../../../policies/p07-film-tickets/inspections.js';
import { inspections as p08 } from '../../../policies/p08-front-desk-duty/inspections.js';
import { inspections as p09 } from '../../../policies/p09-retail-complaints/inspections.js';
import { inspections as p10 } from '../../../policies/p10-trading-service/inspections.js';
import { inspections as p11 } from '../../../policies/p11-front-desk-handover/inspections.js';
import { inspections as p12 } from '../../../policies/p12-staff-scoring/inspections.js';
import { inspections as p13 } from '../../../policies/p13-manufacturing-complaints/inspections.js';
import { inspections as p14 } from '../../../policies/p14-attendance-rosters/inspections.js';

export const inspectionRules = [
  ...p01,
  ...p02,
  ...p03,
  ...p04,
  ...p06,
  ...p07,
  ...p08,
  ...p09,
  ...p10,
  ...p11,
  ...p12,
  ...p13,
  ...p14,
] as const;
