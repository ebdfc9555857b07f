/** What a breached P11 rule reports: only the phone bill (2) and a loss (9) carry a charge; the rest none. */
import type { Bilingual } from '../../kernel/result.js';

export const NO_PENALTY: Bilingual = {
  en: 'a breach of the front-desk rules (P11 prescribes no penalty for it)',
  zh: '违反前台管理规定（本制度对此未规定处罚）',
};

export function joinFaults(faults: readonly Bilingual[]): Bilingual {
  return { en: faults.map((x) => x.en).join('; '), zh: faults.map((x) => x.zh).join('；') };
}
