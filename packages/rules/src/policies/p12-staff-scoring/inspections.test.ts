/**
 * P12's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [['P12.inspection-assessor', '3.1', 369, '管理處經理負責']];

describe('P12 inspection items', () => checkInspectionItems(policy.rules, items));
