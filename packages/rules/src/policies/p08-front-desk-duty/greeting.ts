/**
 * Greeting comparison for P08.phone-answer. The kernel has no script conversion and the package may not
 * add a dependency, so a small local table folds the traditional characters that differ from their
 * simplified form and are common in greetings and property-company names (業→业, 產→产, 園→园 …). Both the
 * expected phrase and the spoken greeting go through the same folding, so a character outside the table
 * still matches itself; only a traditional/simplified pair missing from the table would not match.
 */

// Pairs as two strings of equal length: TRADITIONAL[i] folds to SIMPLIFIED[i].
const TRADITIONAL =
  '業產務總經園區廣場華國際東開發實興龍鳳灣陽滿萬達遠豐順寶藝圖書館聯網絡電話號樓廈邊門關長張陳劉黃趙吳鄭謝馬楊' +
  '錦繡麗億飛鴻運輝燈雲風氣歡樂員們為這個來時會過說對還與無當後現點進將體機動學問間聲親愛傳質價貨銷購買賣貿' +
  '廠紡織鐵鋼銀錢財貴賓飯匯滙衛護視覺觀讓譽計設築環綠藍紅橋島嶺濱灘澤潤宮莊縣鄉鎮蘇滬漢陝遼寧蘭閩贛瀋臺厲禮' +
  '謙誠義優級層據權樣榮橫麥黨聖遙鄰儀軒閣韻貳參陸縱彙醫藥療養團圓帶創頤錫碩鑽嘉譜態廳節豔區灣陳衆眾';
const SIMPLIFIED =
  '业产务总经园区广场华国际东开发实兴龙凤湾阳满万达远丰顺宝艺图书馆联网络电话号楼厦边门关长张陈刘黄赵吴郑谢马杨' +
  '锦绣丽亿飞鸿运辉灯云风气欢乐员们为这个来时会过说对还与无当后现点进将体机动学问间声亲爱传质价货销购买卖贸' +
  '厂纺织铁钢银钱财贵宾饭汇汇卫护视觉观让誉计设筑环绿蓝红桥岛岭滨滩泽润宫庄县乡镇苏沪汉陕辽宁兰闽赣沈台厉礼' +
  '谦诚义优级层据权样荣横麦党圣遥邻仪轩阁韵贰参陆纵汇医药疗养团圆带创颐锡硕钻嘉谱态厅节艳区湾陈众众';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i += 1) {
  const from = TRADITIONAL[i];
  const to = SIMPLIFIED[i];
  if (from !== undefined && to !== undefined) FOLD.set(from, to);
}

/** The folding table's size must match; exported so a test can guard against a misaligned edit. */
export const foldTableAligned = TRADITIONAL.length === SIMPLIFIED.length;

/**
 * A comparable form: NFKC (full-width letters and digits become ASCII), lower case for Latin names,
 * punctuation, symbols and white space dropped (so 「您好，中原物業」, "您好, 中原物业!" and "您好 中原物业" are
 * one phrase), traditional characters folded to simplified.
 */
export function normaliseGreeting(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
  let out = '';
  for (const ch of plain) out += FOLD.get(ch) ?? ch;
  return out;
}

/** Whether the spoken greeting opens with the required phrase (words may follow it). */
export function greetingMatches(spoken: string, required: string): boolean {
  const want = normaliseGreeting(required);
  return want.length > 0 && normaliseGreeting(spoken).startsWith(want);
}
