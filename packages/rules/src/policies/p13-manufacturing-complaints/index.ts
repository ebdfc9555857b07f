/** P13 Complaint handling, manufacturing (房地產客服管理制度篇十三, seed lines 390–471). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P13',
  title: { en: 'Complaint handling, manufacturing', zh: '客诉处理（制造业）' },
  seedTitle: '房地產客服管理制度篇十三',
  seedLines: [390, 471],
  rules: [],
});
