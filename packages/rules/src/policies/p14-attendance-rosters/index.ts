/** P14 Attendance and rosters (房地產客服管理制度篇十四, seed lines 472–481). */
import { definePolicy } from '../../kernel/policy.js';

export const policy = definePolicy({
  code: 'P14',
  title: { en: 'Attendance and rosters', zh: '考勤与排班' },
  seedTitle: '房地產客服管理制度篇十四',
  seedLines: [472, 481],
  rules: [],
});
