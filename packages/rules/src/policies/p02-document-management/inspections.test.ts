/**
 * P02's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P02.inspection-department-filing', '1.1', 52, '客服部文員負責'],
  ['P02.inspection-records-filing', '1.2', 53, '文員、助理負責'],
  ['P02.inspection-folders-labelled', '1.6', 57, '檔案夾里清楚地標明'],
  ['P02.inspection-courier', '2.4', 79, '一律由秘書、文員、內勤傳遞'],
];

describe('P02 inspection items', () => checkInspectionItems(policy.rules, items));
