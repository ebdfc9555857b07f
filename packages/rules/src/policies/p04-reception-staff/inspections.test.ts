/**
 * P04's inspection items (issue #18; spec/COVERAGE.md section 1b and the inspection-only parts of section 2): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P04.inspection-make-up', '1.5⑴', 122, '用餐后應適當化妝'],
  ['P04.inspection-no-jewellery', '1.5⑵', 123, '摘除項鏈或戒指'],
  ['P04.inspection-standing-service', '1.5⑶', 124, '站立服務'],
];

describe('P04 inspection items', () => checkInspectionItems(policy.rules, items));
