/**
 * P11's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [['P11.inspection-desk-tidy', '1', 357, '桌面清潔']];

describe('P11 inspection items', () => checkInspectionItems(policy.rules, items));
