/**
 * Checkpoint and resume (#14): the documents family saved after any line, its state written as JSON and
 * read back into a fresh family, gives the records and ledger rows of one go — open loans, signatures
 * watched for changes (P02 1.9), routes in progress (P02 2.1, 2.2), numbering series (P02 1.10) and documents given
 * to handle (P02 1.11) included.
 */
import { describe, expect, it } from 'vitest';
import { feed, splitRuns } from '../../../test-support/family-resume.js';
import { asOf, ev, org } from '../../test-kit.js';
import { documents } from './index.js';

const config = { rules: { 'P02.internal-handling': { handleWithin: 'P3D' } } };
const steps = ['signed-in', 'classified', 'registered', 'gm-reviewed', 'circulated', 'delivered', 'handled'];
const log = [
  ev('document-returned', '2026-03-04T09:00', { case: 'D1' }),
  ev('document-borrowed', '2026-03-02T09:00', { case: 'D1', purpose: 'audit', handler: 'E1', returnBy: '2026-03-05' }),
  ev('document-borrowed', '2026-03-03T09:00', { case: 'D4', employee: 'E2' }),
  ev('document-signed', '2026-03-02T09:00', { case: 'D2' }),
  ev('document-modified', '2026-03-03T09:00', { case: 'D2', changeAuthorised: true }),
  ev('document-modified', '2026-03-05T09:00', { case: 'D2' }),
  ...[...steps, 'result-written', 'filed'].map((step, i) =>
    ev('document-step', `2026-03-0${2 + Math.floor(i / 4)}T1${i % 4}:00`, { case: 'D3', flow: 'incoming', step }),
  ),
  ev('document-step', '2026-03-06T09:00', { case: 'D5', flow: 'outgoing', step: 'drafted' }),
  ev('document-accessed', '2026-03-06T10:00', {
    classification: 'secret',
    action: 'copy',
    actorRole: 'clerk',
    gmApproved: false,
  }),
  ev('document-destroyed', '2026-03-07T10:00', { gmApproved: true, approvedAt: '2026-03-06T10:00:00+08:00' }),
  ev('document-numbered', '2026-03-02T09:00', { number: 3 }),
  ev('document-numbered', '2026-03-02T09:00', { number: 1, series: 'HR' }),
  ev('document-numbered', '2026-03-08T09:00', { number: 1 }),
  ev('document-returned', '2026-03-20T09:00', { case: 'D9' }),
  // P02 1.11: a document to handle, its later handling read first; another never handled.
  ev('document-handled', '2026-03-05T09:00', { case: 'D6', resultWritten: true }),
  ev('document-assigned', '2026-03-04T09:00', { case: 'D6' }),
  ev('document-assigned', '2026-03-06T09:00', { case: 'D10' }),
];

describe('documents: checkpoint and resume', () => {
  it('restored after any line, gives the records of one go', () => {
    const oneGo = feed(documents, log, { asOf, org, config });
    expect(oneGo.records.length).toBeGreaterThan(5);
    for (const { split, run } of splitRuns(documents, log, { asOf, org, config }))
      expect(run, `split ${split}`).toEqual(oneGo);
  });

  it('with maxDelay (cases settled and remembered as the horizon passes), likewise', () => {
    const options = { asOf, org, config, maxDelay: 2 * 86_400_000 };
    const oneGo = feed(documents, log, options);
    expect(oneGo.records.length).toBeGreaterThan(5);
    for (const { split, run } of splitRuns(documents, log, options)) expect(run, `split ${split}`).toEqual(oneGo);
  });
});
