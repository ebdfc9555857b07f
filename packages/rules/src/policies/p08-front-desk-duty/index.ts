/** P08 Front-desk duty (房地產客服管理制度篇八, seed lines 186–228). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P08',
  title: { en: 'Front-desk duty', zh: '前台值班管理' },
  seedTitle: '房地產客服管理制度篇八',
  seedLines: [186, 228],
  rules: [],
});
