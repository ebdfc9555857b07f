/** P10 Customer-service department, trading firm (房地產客服管理制度篇十, seed lines 259–355). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P10',
  title: { en: 'Customer-service department, trading firm', zh: '客户服务部管理制度（贸易公司）' },
  seedTitle: '房地產客服管理制度篇十',
  seedLines: [259, 355],
  rules: [],
});
