/**
 * The rules each document event feeds are derived from the family's obligations and direct decisions
 * (#14 "The vocabulary's `rules:` lists are derived from the obligations, not written twice"): the same
 * rules, in the same order, as the lists the vocabulary used to write by hand (P02 1.3–2.2).
 */
import { describe, expect, it } from 'vitest';
import { rulesFed } from '../../vocabulary/index.js';
import { documentEvents } from './events.js';

const before: Record<string, readonly string[]> = {
  'document-borrowed': ['P02.borrowing-record'],
  'document-returned': ['P02.borrowing-record'],
  'document-accessed': ['P02.access'],
  'document-destroyed': ['P02.destruction'],
  'document-signed': ['P02.signed-immutable'],
  'document-modified': ['P02.signed-immutable'],
  'document-step': ['P02.incoming-route', 'P02.outgoing-route'],
  'document-numbered': ['P02.numbering-continuity'],
  'internal-document-sent': ['P02.internal-signoff'],
  'document-delivered': ['P02.distribution-time'],
  'document-assigned': ['P02.internal-handling'],
  'document-handled': ['P02.internal-handling'],
};

describe('documents: the rules each event feeds', () => {
  it('covers every document event type', () => {
    expect(documentEvents.map((spec) => spec.type).sort()).toEqual(Object.keys(before).sort());
  });

  it.each(documentEvents.map((spec) => [spec.type, spec] as const))('%s', (type, spec) => {
    expect(rulesFed(spec)).toEqual(before[type]);
  });
});
