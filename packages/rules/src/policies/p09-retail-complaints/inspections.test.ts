/**
 * P09's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P09.inspection-service-duties', '第五條', 234, '營運部客服所屬職責'],
  ['P09.inspection-case-supervision', '第二十五條', 255, '檢查、監督、落實與協調'],
];

describe('P09 inspection items', () => checkInspectionItems(policy.rules, items));
