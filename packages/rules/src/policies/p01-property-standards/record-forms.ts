/**
 * The quality-record forms of 質量記錄 (seed lines 39–44), as the seed names them (traditional). The
 * seed lists 15 daily forms (line 40; the catalogue says 14), 2 monthly (line 42) and 2 yearly (line 44).
 * 《施工許可正》 is the seed's slip for 《施工許可證》: the corrected name is the default and the
 * slip still matches.
 */

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

/** Traditional → simplified for the characters these names use, so either script matches. */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  條: '条',
  員: '员',
  記: '记',
  裝: '装',
  請: '请',
  動: '动',
  許: '许',
  證: '证',
  潔: '洁',
  務: '务',
  託: '托',
  單: '单',
  維: '维',
  錄: '录',
  業: '业',
  戶: '户',
  訪: '访',
  問: '问',
  來: '来',
  顧: '顾',
  訴: '诉',
  處: '处',
  費: '费',
  價: '价',
  覽: '览',
  別: '别',
  項: '项',
  報: '报',
  訓: '训',
  計: '计',
  劃: '划',
  門: '门',
  結: '结',
  統: '统',
  區: '区',
};

/** Names the seed misspells, by their normalised form. */
const SLIPS: Readonly<Record<string, string>> = { 施工许可正: '施工许可证' };

/** Simplified script, for explanations in Chinese. */
export function simplified(name: string): string {
  return Array.from(name, (ch) => SIMPLIFIED[ch] ?? ch).join('');
}

/** The key two names match on: no brackets or spaces, simplified script, the seed's slips corrected. */
export function formKey(name: string): string {
  const bare = simplified(name.replace(/[《》〈〉<>"'“”\s]/g, ''));
  return SLIPS[bare] ?? bare;
}
