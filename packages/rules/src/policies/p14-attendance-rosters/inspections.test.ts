/**
 * P14's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [['P14.inspection-attendance-clerk', '1.1.1', 473, '安排專人負責員工的考勤']];

describe('P14 inspection items', () => checkInspectionItems(policy.rules, items));
