/**
 * The quality-record forms of 質量記錄 (seed lines 39–44), as the seed names them (traditional). The
 * seed lists 15 daily forms (line 40; the catalogue says 14), 2 monthly (line 42) and 2 yearly (line 44).
 * 《施工許可正》 is the seed's slip for 《施工許可證》: the corrected name is the default and the
 * slip still matches.
 */
import { foldForMatch } from '../../kernel/chinese.js';

export const DAILY_FORMS = [
  '物品放行條',
  '施工人員登記本',
  '裝修延期申請表',
  '動火許可證',
  '施工許可證',
  '清潔服務委托單',
  '維修單',
  '值班記錄表',
  '業戶訪問記錄表',
  '留言條',
  '來人來訪登記表',
  '顧客投訴處理記錄表',
  '收費價格一覽表',
  '接受服務業戶名單',
  '特別事項報告',
] as const;

export const MONTHLY_FORMS = ['培訓計劃表', '部門客戶投訴工作月報'] as const;

export const YEARLY_FORMS = ['問卷結果統計表', '年度社區文化活動計劃表'] as const;

/** Names the seed misspells, by their normalised form. */
const SLIPS: Readonly<Record<string, string>> = { 施工许可正: '施工许可证' };

/**
 * The key two names match on (the kernel's `foldForMatch`: no brackets, punctuation or spaces, simplified
 * script, full-width forms and case folded), the seed's slips corrected.
 */
export function formKey(name: string, fold: (text: string) => string = foldForMatch): string {
  const bare = fold(name);
  return SLIPS[bare] ?? bare;
}
