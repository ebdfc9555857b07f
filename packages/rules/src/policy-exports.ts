/** Each policy's typed rule functions, as a namespace per policy (`p01.complaintReply(…)`). */
export * as p01 from './policies/p01-property-standards/index.js';
export * as p02 from './policies/p02-document-management/index.js';
export * as p03 from './policies/p03-gps-after-sales/index.js';
export * as p04 from './policies/p04-reception-staff/index.js';
export * as p05 from './policies/p05-service-duties/index.js';
export * as p06 from './policies/p06-materials/index.js';
export * as p07 from './policies/p07-film-tickets/index.js';
export * as p08 from './policies/p08-front-desk-duty/index.js';
export * as p09 from './policies/p09-retail-complaints/index.js';
export * as p10 from './policies/p10-trading-service/index.js';
export * as p11 from './policies/p11-front-desk-handover/index.js';
export * as p12 from './policies/p12-staff-scoring/index.js';
export * as p13 from './policies/p13-manufacturing-complaints/index.js';
export * as p14 from './policies/p14-attendance-rosters/index.js';
