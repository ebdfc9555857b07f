/**
 * P13's inspection items (issue #18; spec/COVERAGE.md section 1b): each row names
 * the rule, the seed clause and line it cites, and a phrase of that line.
 */
import { describe } from 'vitest';
import { checkInspectionItems, type ItemRow } from '../../test-support/inspection-items.js';
import { policy } from './index.js';

const items: readonly ItemRow[] = [
  ['P13.inspection-qa-duties', '第七條(二)', 411, '職責人員的擬定'],
  ['P13.inspection-gm-office-duties', '第七條(三)', 415, '職責歸屬的判定'],
  ['P13.inspection-form-copies', '第九條(七)', 436, '第五聯總經理室存'],
  ['P13.inspection-answer-within-approval', '第九條(十)', 439, '不得超越核決權限'],
  ['P13.inspection-objection-memo', '第九條(十一)', 440, '簽呈'],
  ['P13.inspection-joint-handling', '第九條(十二)', 441, '原物料供應商'],
  ['P13.inspection-warehouse-signoff', '第十三條(二)2', 458, '予以簽收'],
];

describe('P13 inspection items', () => checkInspectionItems(policy.rules, items));
