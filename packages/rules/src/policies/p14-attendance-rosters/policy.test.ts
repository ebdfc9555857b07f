import { expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

it('lists every P14 rule of the catalogue', () => {
  expect(policy.rules.map((r) => r.id)).toEqual([
    'P14.attendance-report',
    'P14.roster-publish',
    'P14.shift-change',
    'P14.holiday-roster',
    'P14.roster-revision',
    'P14.three-shifts',
    'P14.leave-during-work',
    'P14.early-leave',
    'P14.inspection-attendance-clerk',
  ]);
});

it('property: every rule is total', () => checkTotality(policy.rules));
