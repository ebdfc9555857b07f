/**
 * P07's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [['P07.inspection-ticket-custody', '1', 179, '前臺接待員負責保管']];

describe('P07 inspection items', () => checkInspectionItems(policy.rules, items));
