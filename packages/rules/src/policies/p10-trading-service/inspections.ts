/**
 * P10's inspection items (issue #18): clauses only a supervisor's inspection or a record of who did
 * something can show, one rule each (kernel/inspection.ts; fed by the audit's `inspection-recorded` event).
 * 職責 7 (line 268): 7、負責建立客戶檔案，維護客戶關系。
 * 要求 6 (line 275): 6、客服職員工作中必須嚴格執行“三要、三不、四個一樣”的要求。即:三要:要“請“字當頭，”“您”字不離口，“再見”結尾;三不:不使用生硬語言，不說推卸責任的話，不責備、埋怨客戶;四個一樣:生人、熟人一個樣，有無檢查一…
 * (二)回訪程序 (line 304–306): ※撥打客戶電話，正確使用工作語言:“您好!請問您是xxx先生/女士嗎？”，“這里是山東標金客服部，我的工號是xxx，請問現在方便接聽嗎？” ※說明通話目的，正確使用工作語言:“您曾在xxx日致電我們反映了××情況，關…
 * (三)來訪 (line 320–321): ※若與公司責任人一并接待來訪客時，則應站立服務。 ※回答客人的咨詢和提問應時刻保持微笑，以耐心熱情的態度予以專業解答，禮貌使用工作語言(同電話客服語言要求)。
 * (三)走訪 (line 324–327): ※向客戶宣傳公司理念，對客戶進行技術指導。 ※征詢客戶意見，發放“客戶意見調查表” ※幫助客戶解決技術、經營管理等方面的問題。 ※對開拓新客戶，跟進走訪促成合作。
 * 保密(二)1 (line 343): 1、客戶加盟合同及相關資料，由公司負責人辦公室存檔保管。
 * 保密(二)2 (line 344): 2、客戶發展跟蹤記錄由相關責任人保管，工作落實后提交公司責任人辦公室存檔保管。
 * 保密(二)4 (line 346): 4、客服人員對掌握的柜員權限涉及的內容負責保密。
 * 保密(二)5 (line 347): 5、客戶調查分析資料落實完成，提交公司責任人辦公室存檔保管。
 */
import { inspectionRule } from '../../kernel/inspection.js';

export const inspectionCustomerFiles = inspectionRule({
  id: 'P10.inspection-customer-files',
  policy: 'P10',
  clause: '職責 7',
  seedLines: [268, 268],
  item: {
    en: 'customer files are set up and customer relations kept',
    zh: '建立客户档案，维护客户关系',
  },
});

export const inspectionThreeMusts = inspectionRule({
  id: 'P10.inspection-three-musts',
  policy: 'P10',
  clause: '要求 6',
  seedLines: [275, 275],
  item: {
    en: 'the three musts: "please" first, "you" (您) always, "goodbye" at the end',
    zh: '三要：“请”字当头、“您”字不离口、“再见”结尾',
  },
});

export const inspectionCallbackScript = inspectionRule({
  id: 'P10.inspection-callback-script',
  policy: 'P10',
  clause: '(二)回訪程序',
  seedLines: [304, 306],
  item: {
    en: 'a callback opens with the greeting and the staff number, states its purpose and closes as prescribed',
    zh: '回访电话按规范用语问候、报工号、说明目的并礼貌结束',
  },
});

export const inspectionStandingReception = inspectionRule({
  id: 'P10.inspection-standing-reception',
  policy: 'P10',
  clause: '(三)來訪',
  seedLines: [320, 321],
  item: {
    en: 'standing service when receiving a visitor with a company officer, smiling, in the working language',
    zh: '与公司责任人一并接待来访客户时站立服务、保持微笑、使用工作语言',
  },
});

export const inspectionVisitSurvey = inspectionRule({
  id: 'P10.inspection-visit-survey',
  policy: 'P10',
  clause: '(三)走訪',
  seedLines: [324, 327],
  item: {
    en: 'each visit hands out the customer opinion questionnaire (客戶意見調查表)',
    zh: '走访时发放《客户意见调查表》',
  },
});

export const inspectionContractsFiled = inspectionRule({
  id: 'P10.inspection-contracts-filed',
  policy: 'P10',
  clause: '保密(二)1',
  seedLines: [343, 343],
  item: {
    en: "customers' franchise contracts and papers are filed in the office of the company's responsible officer",
    zh: '客户加盟合同及相关资料由公司负责人办公室存档保管',
  },
});

export const inspectionTrackingFiled = inspectionRule({
  id: 'P10.inspection-tracking-filed',
  policy: 'P10',
  clause: '保密(二)2',
  seedLines: [344, 344],
  item: {
    en: 'customer development tracking records are kept by the person responsible, then filed in that office',
    zh: '客户发展跟踪记录由相关责任人保管，落实后提交存档',
  },
});

export const inspectionTellerSecrecy = inspectionRule({
  id: 'P10.inspection-teller-secrecy',
  policy: 'P10',
  clause: '保密(二)4',
  seedLines: [346, 346],
  item: {
    en: 'what a teller permission gives access to is kept secret',
    zh: '对掌握的柜员权限涉及的内容保密',
  },
});

export const inspectionSurveyFiled = inspectionRule({
  id: 'P10.inspection-survey-filed',
  policy: 'P10',
  clause: '保密(二)5',
  seedLines: [347, 347],
  item: {
    en: 'customer survey analyses, once done, are filed in that office',
    zh: '客户调查分析资料落实完成后提交存档保管',
  },
});

/** P10's inspection rules, in seed order. */
export const inspections = [
  inspectionCustomerFiles,
  inspectionThreeMusts,
  inspectionCallbackScript,
  inspectionStandingReception,
  inspectionVisitSurvey,
  inspectionContractsFiled,
  inspectionTrackingFiled,
  inspectionTellerSecrecy,
  inspectionSurveyFiled,
] as const;
