import { expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

it('lists every P11 rule of the catalogue', () => {
  expect(policy.rules.map((r) => r.id)).toEqual([
    'P11.phone-bill',
    'P11.disclosure',
    'P11.item-holding',
    'P11.handover',
    'P11.lock-up',
    'P11.phone-lending',
    'P11.inspection-desk-tidy',
  ]);
});

it('property: every rule is total', () => checkTotality(policy.rules));
