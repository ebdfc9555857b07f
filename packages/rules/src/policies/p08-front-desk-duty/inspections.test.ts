/**
 * P08's inspection items (issue #18; spec/COVERAGE.md section 1b and the inspection-only parts of section 2): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P08.inspection-duty-assistant', '3.1', 189, '客服助理負責值班'],
  ['P08.inspection-work-area-clean', '4.1(2)', 193, '衛生清潔'],
  ['P08.inspection-no-gossip', '4.1(7)', 198, '嚴禁在工作時間討論'],
  ['P08.inspection-log-detailed', '4.6', 205, '記錄在《值班日志》中'],
  ['P08.inspection-log-books-kept', '4.6', 205, '由客服組統一保管'],
];

describe('P08 inspection items', () => checkInspectionItems(policy.rules, items));
