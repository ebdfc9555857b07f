/**
 * 一–十: the seed's ten customer-service duties as data. `zh` keeps the seed's traditional text, `zhHans` renders it
 * in simplified characters one for one, `en` glosses it; `keywords` are the default words that place a task under it
 * (simplified or Latin; a task in traditional characters matches as well).
 */

export const DUTY_IDS = [
  'fee-notices',
  'resident-records',
  'hotline',
  'letters-visits-complaints',
  'satisfaction-surveys',
  'publicity',
  'events',
  'facilities-supervision',
  'goods-movement',
  'company-rules',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

export interface Duty {
  readonly number: number;
  /** The seed's numeral, 一 … 十. */
  readonly numeral: string;
  readonly seedLine: number;
  readonly zh: string;
  readonly zhHans: string;
  readonly en: string;
  readonly keywords: readonly string[];
}

export const DUTIES: Readonly<Record<DutyId, Duty>> = {
  'fee-notices': {
    number: 1,
    numeral: '一',
    seedLine: 137,
    zh: '負責物業管理費收費通知單的發放和費用的催繳工作',
    zhHans: '负责物业管理费收费通知单的发放和费用的催缴工作',
    en: 'issue property-management fee notices and chase unpaid fees',
    keywords: [
      '管理费',
      '物业费',
      '收费通知',
      '通知单',
      '催缴',
      '缴费',
      '欠费',
      '收费',
      'management fee',
      'property fee',
      'fee notice',
      'arrears',
      'unpaid fee',
      'payment reminder',
    ],
  },
  'resident-records': {
    number: 2,
    numeral: '二',
    seedLine: 138,
    zh: '負責收集轄區內用戶資料，做好用戶檔案的管理',
    zhHans: '负责收集辖区内用户资料，做好用户档案的管理',
    en: "collect residents' details in the area and keep the resident files",
    keywords: [
      '用户资料',
      '住户资料',
      '业主资料',
      '用户档案',
      '档案',
      '资料',
      'resident record',
      'resident file',
      'resident details',
      'owner details',
      'archive',
    ],
  },
  hotline: {
    number: 3,
    numeral: '三',
    seedLine: 139,
    zh: '負責公司服務熱線電話的值守，并收集掌握熱線電話的所有記錄，記錄報修情況和服務質量，負責與業主/住戶聯絡',
    zhHans: '负责公司服务热线电话的值守，并收集掌握热线电话的所有记录，记录报修情况和服务质量，负责与业主/住户联络',
    en: 'staff the service hotline, keep all its records (repair requests, service quality) and liaise with owners and residents',
    keywords: ['热线', '值守', '来电', '电话', '报修', '联络', 'hotline', 'phone', 'call log', 'repair request'],
  },
  'letters-visits-complaints': {
    number: 4,
    numeral: '四',
    seedLine: 140,
    zh: '負責業主/住戶來信、來訪、投訴等處理工作，及時做好回復、跟蹤、檢查工作',
    zhHans: '负责业主/住户来信、来访、投诉等处理工作，及时做好回复、跟踪、检查工作',
    en: "handle owners' and residents' letters, visits and complaints, replying, following up and checking in time",
    keywords: ['来信', '来访', '投诉', '回复', '跟踪', 'letter', 'visit', 'complaint', 'follow up'],
  },
  'satisfaction-surveys': {
    number: 5,
    numeral: '五',
    seedLine: 141,
    zh: '負責業主/住戶滿意度調查工作，做好關于業主/住戶滿意度調查的各種數據的統計分析工作',
    zhHans: '负责业主/住户满意度调查工作，做好关于业主/住户满意度调查的各种数据的统计分析工作',
    en: 'run owner and resident satisfaction surveys and analyse their data',
    keywords: [
      '满意度',
      '满意度调查',
      '问卷',
      '统计分析',
      '数据统计',
      'satisfaction',
      'satisfaction survey',
      'questionnaire',
    ],
  },
  publicity: {
    number: 6,
    numeral: '六',
    seedLine: 142,
    zh: '負責做好轄區內對業主/住戶的宣傳工作，調查工作',
    zhHans: '负责做好辖区内对业主/住户的宣传工作，调查工作',
    en: 'publicity and surveys among the owners and residents of the area',
    keywords: ['宣传', '调查', '公告', 'publicity', 'promotion', 'announcement', 'survey', 'investigation'],
  },
  events: {
    number: 7,
    numeral: '七',
    seedLine: 143,
    zh: '對轄區內舉行的各種活動進行現場管理',
    zhHans: '对辖区内举行的各种活动进行现场管理',
    en: 'manage on site the events held in the area',
    keywords: ['活动', '现场管理', 'event', 'activity', 'activities'],
  },
  'facilities-supervision': {
    number: 8,
    numeral: '八',
    seedLine: 144,
    zh: '對轄區內外的公共設施、消防設施、環境衛生、廣告宣傳海報進行監督管理',
    zhHans: '对辖区内外的公共设施、消防设施、环境卫生、广告宣传海报进行监督管理',
    en: 'supervise public facilities, fire-fighting equipment, sanitation and advertising posters in and around the area',
    keywords: [
      '公共设施',
      '消防',
      '环境卫生',
      '卫生',
      '保洁',
      '广告',
      '海报',
      'public facilit',
      'fire',
      'sanitation',
      'cleaning',
      'hygiene',
      'poster',
      'advert',
    ],
  },
  'goods-movement': {
    number: 9,
    numeral: '九',
    seedLine: 145,
    zh: '負責用戶進出貨物的監督管理',
    zhHans: '负责用户进出货物的监督管理',
    en: "supervise residents' goods moving in and out",
    keywords: [
      '货物',
      '进出',
      '搬家',
      '搬出',
      '搬入',
      '放行',
      'goods',
      'moving in',
      'moving out',
      'move in',
      'move out',
      'delivery',
      'deliveries',
    ],
  },
  'company-rules': {
    number: 10,
    numeral: '十',
    seedLine: 146,
    zh: '執行公司的各項管理規章制度',
    zhHans: '执行公司的各项管理规章制度',
    en: "carry out the company's management rules and regulations",
    keywords: ['规章制度', '规章', '制度', '公司规定', 'company rule', 'regulation', 'policy', 'policies'],
  },
};
