/**
 * P10's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P10.inspection-customer-files', '職責 7', 268, '建立客戶檔案'],
  ['P10.inspection-three-musts', '要求 6', 275, '三要'],
  ['P10.inspection-callback-script', '(二)回訪程序', 304, '我的工號是xxx'],
  ['P10.inspection-standing-reception', '(三)來訪', 320, '站立服務'],
  ['P10.inspection-visit-survey', '(三)走訪', 324, '客戶意見調查表'],
  ['P10.inspection-contracts-filed', '保密(二)1', 343, '客戶加盟合同'],
  ['P10.inspection-tracking-filed', '保密(二)2', 344, '客戶發展跟蹤記錄'],
  ['P10.inspection-teller-secrecy', '保密(二)4', 346, '柜員權限'],
  ['P10.inspection-survey-filed', '保密(二)5', 347, '客戶調查分析資料'],
];

describe('P10 inspection items', () => checkInspectionItems(policy.rules, items));
