/**
 * Test data and checks for Chinese text in either script. The rules compare text with the kernel's
 * `foldForMatch` (OpenCC); what is here only checks data and guards that folding:
 * - `tableFrom` / `normalise` check that a policy's hand-written simplified rendering of the seed's
 *   traditional text is consistent character for character (P04's phrases, P05's duties);
 * - `FORMER_TABLES` are the character tables the policies kept before the kernel had a converter (P01's form
 *   names, P08's and P10's greetings and organisation names): the kernel must fold every pair alike.
 */
import { foldForMatch } from '../kernel/chinese.js';

/** Zip pairs of equal-length traditional/simplified strings into a character table. */
export function tableFrom(pairs: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [hant, hans] of pairs) {
    const a = [...hant];
    const b = [...hans];
    if (a.length !== b.length) continue;
    a.forEach((ch, i) => {
      const to = b[i];
      if (to !== undefined && to !== ch) table.set(ch, to);
    });
  }
  return table;
}

const IGNORED = /[\s\p{P}\p{S}]/gu;

/** Lower-cased, without punctuation or spaces, traditional characters of the table mapped to simplified. */
export function normalise(text: string, table: ReadonlyMap<string, string>): string {
  return [...text.replace(IGNORED, '').toLowerCase()].map((ch) => table.get(ch) ?? ch).join('');
}

/** The tables the policies kept by hand, as `[traditional, simplified]` strings of equal length. */
export const FORMER_TABLES: Readonly<Record<'P01' | 'P08' | 'P10', readonly [string, string]>> = {
  P01: [
    '條員記裝請動許證潔務託單維錄業戶訪問來顧訴處費價覽別項報訓計劃門結統區',
    '条员记装请动许证洁务托单维录业户访问来顾诉处费价览别项报训计划门结统区',
  ],
  P08: [
    '業產務總經園區廣場華國際東開發實興龍鳳灣陽滿萬達遠豐順寶藝圖書館聯網絡電話號樓廈邊門關長張陳劉黃趙吳鄭謝馬楊' +
      '錦繡麗億飛鴻運輝燈雲風氣歡樂員們為這個來時會過說對還與無當後現點進將體機動學問間聲親愛傳質價貨銷購買賣貿' +
      '廠紡織鐵鋼銀錢財貴賓飯匯滙衛護視覺觀讓譽計設築環綠藍紅橋島嶺濱灘澤潤宮莊縣鄉鎮蘇滬漢陝遼寧蘭閩贛瀋臺厲禮' +
      '謙誠義優級層據權樣榮橫麥黨聖遙鄰儀軒閣韻貳參陸縱彙醫藥療養團圓帶創頤錫碩鑽嘉譜態廳節豔區灣陳衆眾',
    '业产务总经园区广场华国际东开发实兴龙凤湾阳满万达远丰顺宝艺图书馆联网络电话号楼厦边门关长张陈刘黄赵吴郑谢马杨' +
      '锦绣丽亿飞鸿运辉灯云风气欢乐员们为这个来时会过说对还与无当后现点进将体机动学问间声亲爱传质价货销购买卖贸' +
      '厂纺织铁钢银钱财贵宾饭汇汇卫护视觉观让誉计设筑环绿蓝红桥岛岭滨滩泽润宫庄县乡镇苏沪汉陕辽宁兰闽赣沈台厉礼' +
      '谦诚义优级层据权样荣横麦党圣遥邻仪轩阁韵贰参陆纵汇医药疗养团圆带创颐锡硕钻嘉谱态厅节艳区湾陈众众',
  ],
  P10: [
    '請問麼幫東標業華國廣務產電際貿實發門開長興們會寶銀豐達匯彙聯鐵車環灣龍鳳莊園區縣號樓廈館團財貨運輸進創億' +
      '萬藝氣裝飾設計網絡訊資證險歡來謝這裡裏為處應對將與維護專濟價蘇劉陳張馬黃趙錢孫鄭吳歐遼寧齊魯滬蘭雲貴臺閩' +
      '贛瀋濱慶漢邁聖協禮優質線總勝體綜學術農醫藥極順暢騰飛揚遠寬領導麗鵬廠鋼礦機橋現時間視聽說話謂嗎邊',
    '请问么帮东标业华国广务产电际贸实发门开长兴们会宝银丰达汇汇联铁车环湾龙凤庄园区县号楼厦馆团财货运输进创亿' +
      '万艺气装饰设计网络讯资证险欢来谢这里里为处应对将与维护专济价苏刘陈张马黄赵钱孙郑吴欧辽宁齐鲁沪兰云贵台闽' +
      '赣沈滨庆汉迈圣协礼优质线总胜体综学术农医药极顺畅腾飞扬远宽领导丽鹏厂钢矿机桥现时间视听说话谓吗边',
  ],
};

/** The former pairs the kernel's folding does not map alike (none expected). */
export function unfoldedPairs(): string[] {
  const bad: string[] = [];
  for (const [policy, [hant, hans]] of Object.entries(FORMER_TABLES)) {
    const a = [...hant];
    const b = [...hans];
    if (a.length !== b.length) bad.push(`${policy}: the table's two strings differ in length`);
    a.forEach((ch, i) => {
      const to = b[i] ?? '';
      if (foldForMatch(ch) !== to) bad.push(`${policy}: ${ch} folds to ${foldForMatch(ch)}, not ${to}`);
    });
  }
  return bad;
}

/**
 * P08's test guarded its hand-made table's alignment; the table is gone, and what that guard protected — every
 * traditional character of it folding to its simplified partner — is now checked of the kernel's folding.
 */
export const foldTableAligned = unfoldedPairs().length === 0;
