/** P02 Document management (房地產客服管理制度篇二, seed lines 50–79). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P02',
  title: { en: 'Document management', zh: '客服部文件管理制度' },
  seedTitle: '房地產客服管理制度篇二',
  seedLines: [50, 79],
  rules: [],
});
