/** P05 Customer-service duties (房地產客服管理制度篇五, seed lines 136–146). */
import { definePolicy } from '../../kernel/policy.js';
import { dutyOf } from './duty-of.js';
import { hotlineRecord } from './hotline-record.js';
import { letterVisitReply } from './letter-visit-reply.js';

export { dutyOf, hotlineRecord, letterVisitReply };

export const policy = definePolicy({
  code: 'P05',
  title: { en: 'Customer-service duties', zh: '客服人员岗位职责' },
  seedTitle: '房地產客服管理制度篇五',
  seedLines: [136, 146],
  rules: [dutyOf, hotlineRecord, letterVisitReply],
});
