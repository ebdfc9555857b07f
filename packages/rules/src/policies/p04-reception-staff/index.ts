/** P04 Reception staff (房地產客服管理制度篇四, seed lines 114–135). */
import { definePolicy } from '../../kernel/policy.js';
import { escalation } from './escalation.js';
import { inspections } from './inspections.js';
import { phrase } from './phrase.js';
import { shiftMatter } from './shift-matter.js';
import { zeroIncidents } from './zero-incidents.js';

export * from './inspections.js';
export { escalation, phrase, shiftMatter, zeroIncidents };

export const policy = definePolicy({
  code: 'P04',
  title: { en: 'Reception staff', zh: '接待人员管理' },
  seedTitle: '房地產客服管理制度篇四',
  seedLines: [114, 135],
  rules: [escalation, phrase, zeroIncidents, shiftMatter, ...inspections],
});
