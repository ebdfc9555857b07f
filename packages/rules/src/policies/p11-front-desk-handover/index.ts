/** P11 Front-desk handover (房地產客服管理制度篇十一, seed lines 356–365). */
import { definePolicy } from '../../kernel/policy.js';
import { disclosure } from './disclosure.js';
import { handover } from './handover.js';
import { inspections } from './inspections.js';
import { itemHolding } from './item-holding.js';
import { lockUp } from './lock-up.js';
import { phoneBill } from './phone-bill.js';
import { phoneLending } from './phone-lending.js';

export * from './inspections.js';
export { disclosure, handover, itemHolding, lockUp, phoneBill, phoneLending };

export const policy = definePolicy({
  code: 'P11',
  title: { en: 'Front-desk handover', zh: '前台交接班' },
  seedTitle: '房地產客服管理制度篇十一',
  seedLines: [356, 365],
  rules: [phoneBill, disclosure, itemHolding, handover, lockUp, phoneLending, ...inspections],
});
