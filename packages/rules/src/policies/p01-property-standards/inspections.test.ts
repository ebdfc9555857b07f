/**
 * P01's inspection items (issue #18; spec/COVERAGE.md section 1b and the inspection-only parts of section 2): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P01.inspection-standard-phrases', '行為 1', 21, '您好、請、謝謝'],
  ['P01.inspection-desk-clear', '行為 5', 25, '不擺放與工作無關'],
  ['P01.inspection-workroom-tidy', '行為 6', 26, '工作間整齊'],
  ['P01.inspection-no-child-held', '行為 10', 30, '不得抱業戶的小孩'],
  ['P01.inspection-records-true', '質量記錄 4', 49, '真實性和準確性'],
];

describe('P01 inspection items', () => checkInspectionItems(policy.rules, items));
