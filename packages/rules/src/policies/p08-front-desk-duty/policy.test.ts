import { expect, it } from 'vitest';
import { checkTotality } from '../../test-support/totality.js';
import { policy } from './index.js';

it('lists every P08 rule of the catalogue', () => {
  expect(policy.rules.map((r) => r.id)).toEqual([
    'P08.phone-answer',
    'P08.handover-arrival',
    'P08.handover-tidy',
    'P08.handover',
    'P08.engineer-arrival',
    'P08.repair-feedback',
    'P08.daily-log-check',
    'P08.log-integrity',
    'P08.monthly-callback',
    'P08.open-repairs',
    'P08.owner-call',
    'P08.on-duty-conduct',
    'P08.keep-post',
    'P08.resident-files',
    'P08.escalation',
    'P08.unit-procedure',
    'P08.enquiry-reply',
    'P08.key-reconciliation',
    'P08.patrol-follow-up',
    'P08.satisfaction-survey',
    'P08.records',
    'P08.inspection-duty-assistant',
    'P08.inspection-work-area-clean',
    'P08.inspection-no-gossip',
    'P08.inspection-log-detailed',
    'P08.inspection-log-books-kept',
  ]);
});

it('property: every rule is total', () => checkTotality(policy.rules));
