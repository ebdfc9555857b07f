/** P01 Property customer-service standards (房地產客服管理制度篇一, seed lines 2–49). */
import { definePolicy } from '../../kernel/policy.js';
import { complaintReply } from './complaint-reply.js';
import { serviceCallback } from './service-callback.js';

export { complaintReply, serviceCallback };

export const policy = definePolicy({
  code: 'P01',
  title: { en: 'Property customer-service standards', zh: '物业客服管理制度' },
  seedTitle: '房地產客服管理制度篇一',
  seedLines: [2, 49],
  rules: [complaintReply, serviceCallback],
});
