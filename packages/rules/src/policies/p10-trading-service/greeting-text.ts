/**
 * Comparing a spoken greeting with the standard phrase. The seed is traditional Chinese, staff and transcripts
 * often simplified, so both sides are folded before comparing: NFKC (full-width forms), case, whitespace and
 * punctuation dropped, traditional characters mapped to simplified, and the variant 甚麼 read as 什麼. The table
 * covers the greeting itself and characters common in organisation names; a character outside it is compared as
 * written, so an organisation named with rarer traditional characters should be configured as it is spoken.
 */

// Traditional → simplified, as pairs of characters.
const PAIRS =
  '請请問问麼么幫帮東东標标業业華华國国廣广務务產产電电際际貿贸實实發发門门開开長长興兴們们會会寶宝銀银豐丰' +
  '達达匯汇彙汇聯联鐵铁車车環环灣湾龍龙鳳凤莊庄園园區区縣县號号樓楼廈厦館馆團团財财貨货運运輸输進进創创億亿' +
  '萬万藝艺氣气裝装飾饰設设計计網网絡络訊讯資资證证險险歡欢來来謝谢這这裡里裏里為为處处應应對对將将與与維维' +
  '護护專专濟济價价蘇苏劉刘陳陈張张馬马黃黄趙赵錢钱孫孙鄭郑吳吴歐欧遼辽寧宁齊齐魯鲁滬沪蘭兰雲云貴贵臺台閩闽' +
  '贛赣瀋沈濱滨慶庆漢汉邁迈聖圣協协禮礼優优質质線线總总勝胜體体綜综學学術术農农醫医藥药極极順顺暢畅騰腾飛飞' +
  '揚扬遠远寬宽領领導导麗丽鵬鹏廠厂鋼钢礦矿機机橋桥現现時时間间視视聽听說说話话謂谓嗎吗邊边';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS.charAt(2 * i), PAIRS.charAt(2 * i + 1)] as const),
);

const NOISE = /[\p{P}\p{S}\s]/gu;

/** The comparable form of a phrase. */
export function foldGreeting(text: string): string {
  const plain = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  let out = '';
  for (const ch of plain) out += TO_SIMPLIFIED.get(ch) ?? ch;
  return out.replaceAll('甚么', '什么');
}

export type GreetingMatch = 'exact' | 'starts-with' | 'contains';

/** Whether `said` uses `expected` under the chosen strictness, after folding both. */
export function usesGreeting(said: string, expected: string, match: GreetingMatch): boolean {
  const s = foldGreeting(said);
  const e = foldGreeting(expected);
  if (e === '') return true;
  if (match === 'exact') return s === e;
  return match === 'starts-with' ? s.startsWith(e) : s.includes(e);
}
