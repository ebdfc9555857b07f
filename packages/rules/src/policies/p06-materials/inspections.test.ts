/**
 * P06's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P06.inspection-slips-filed', '1.3.3', 163, '按業務部分類存檔'],
  ['P06.inspection-central-purchase', '1.3.3', 166, '集中采購'],
  ['P06.inspection-purchase-plan', '1.3.5', 171, "'計劃單'"],
];

describe('P06 inspection items', () => checkInspectionItems(policy.rules, items));
