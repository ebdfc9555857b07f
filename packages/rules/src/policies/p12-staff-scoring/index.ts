/** P12 Customer-service staff scoring (房地產客服管理制度篇十二, seed lines 366–389). */
import { definePolicy } from '../../kernel/policy.js';
import { lateness } from './lateness.js';

export { lateness };

export const policy = definePolicy({
  code: 'P12',
  title: { en: 'Customer-service staff scoring', zh: '客服人员考核办法' },
  seedTitle: '房地產客服管理制度篇十二',
  seedLines: [366, 389],
  rules: [lateness],
});
