/** P09 Complaint handling, retail (房地產客服管理制度篇九, seed lines 229–258). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P09',
  title: { en: 'Complaint handling, retail', zh: '客户投诉处理（零售）' },
  seedTitle: '房地產客服管理制度篇九',
  seedLines: [229, 258],
  rules: [],
});
