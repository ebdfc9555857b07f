/** P12 Customer-service staff scoring (房地產客服管理制度篇十二, seed lines 366–389). */
import { definePolicy } from '../../kernel/policy.js';
import { absence } from './absence.js';
import { assessmentForms } from './assessment-forms.js';
import { chatting } from './chatting.js';
import { dozing } from './dozing.js';
import { dress } from './dress.js';
import { goodWork } from './good-work.js';
import { grooming } from './grooming.js';
import { inspections } from './inspections.js';
import { lateness } from './lateness.js';
import { monthlyScore } from './monthly-score.js';
import { ownerQuarrel } from './owner-quarrel.js';
import { phoneUse } from './phone-use.js';
import { posture } from './posture.js';
import { praise } from './praise.js';
import { reading } from './reading.js';
import { serviceComplaint } from './service-complaint.js';

export * from './inspections.js';
export {
  absence,
  assessmentForms,
  chatting,
  dozing,
  dress,
  goodWork,
  grooming,
  lateness,
  monthlyScore,
  ownerQuarrel,
  phoneUse,
  posture,
  praise,
  reading,
  serviceComplaint,
};

export const policy = definePolicy({
  code: 'P12',
  title: { en: 'Customer-service staff scoring', zh: '客服人员考核办法' },
  seedTitle: '房地產客服管理制度篇十二',
  seedLines: [366, 389],
  rules: [
    dress,
    grooming,
    posture,
    ownerQuarrel,
    serviceComplaint,
    lateness,
    absence,
    dozing,
    phoneUse,
    chatting,
    reading,
    praise,
    monthlyScore,
    assessmentForms,
    goodWork,
    ...inspections,
  ],
});
