/** P03 GPS terminal installation and after-sales service (房地產客服管理制度篇三, seed lines 80–113). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P03',
  title: { en: 'GPS terminal installation and after-sales service', zh: 'GPS终端安装及售后服务' },
  seedTitle: '房地產客服管理制度篇三',
  seedLines: [80, 113],
  rules: [],
});
