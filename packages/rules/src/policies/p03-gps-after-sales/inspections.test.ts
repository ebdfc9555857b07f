/**
 * P03's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P03.inspection-tools-kept', '職責', 87, '保管和維護安裝維護資料和工具'],
  ['P03.inspection-pre-departure', '流程', 92, '出發前須核對'],
  ['P03.inspection-no-damage', '流程', 96, '不損壞其他物品'],
  ['P03.inspection-materials-control', '權限', 107, '嚴格控制和保管'],
];

describe('P03 inspection items', () => checkInspectionItems(policy.rules, items));
