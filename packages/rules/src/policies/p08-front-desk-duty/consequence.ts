/** The consequence a breached P08 rule reports: the policy sets standards but prescribes no penalty. */
import type { Bilingual } from '../../kernel/result.js';

export const NO_PENALTY: Bilingual = {
  en: 'a breach of the front-desk duty standard (P08 prescribes no penalty)',
  zh: '违反前台值班规范（本制度未规定处罚）',
};

/** Join a list of bilingual faults into one clause per language. */
export function joinFaults(faults: readonly Bilingual[]): Bilingual {
  return { en: faults.map((x) => x.en).join('; '), zh: faults.map((x) => x.zh).join('；') };
}
