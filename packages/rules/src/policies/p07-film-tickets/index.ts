/** P07 Film tickets sold on consignment (房地產客服管理制度篇七, seed lines 178–185). */
import { definePolicy } from '../../kernel/policy.js';
import { dailyRemittance } from './daily-remittance.js';
import { inspections } from './inspections.js';
import { posters } from './posters.js';
import { reconciliation } from './reconciliation.js';
import { stockOut } from './stock-out.js';

export * from './inspections.js';
export { dailyRemittance, posters, reconciliation, stockOut };

export const policy = definePolicy({
  code: 'P07',
  title: { en: 'Film tickets sold on consignment', zh: '代售电影票管理' },
  seedTitle: '房地產客服管理制度篇七',
  seedLines: [178, 185],
  rules: [reconciliation, dailyRemittance, stockOut, posters, ...inspections],
});
