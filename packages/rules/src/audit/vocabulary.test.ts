/** The vocabulary: one declaration gives the fast validator and the exported zod schema; they agree. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../registry.js';
import { auditEventTypes, checkEvent, eventSchema } from './events.js';

describe('event vocabulary', () => {
  it('feeds every check rule of the registry through a domain event (not only the generic facts event)', () => {
    const fed = new Set(auditEventTypes.filter((t) => t.type !== 'facts').flatMap((t) => t.rules));
    expect(rules.filter((r) => r.kind === 'check' && !fed.has(r.id)).map((r) => r.id)).toEqual([]);
    const known = new Set(rules.map((r) => r.id));
    expect([...fed].filter((id) => !known.has(id))).toEqual([]);
  });

  it('describes every type in one line', () => {
    for (const t of auditEventTypes) {
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.description).not.toContain('\n');
    }
    expect(new Set(auditEventTypes.map((t) => t.type)).size).toBe(auditEventTypes.length);
  });

  const value = fc.oneof(
    fc.constantFrom(
      '2026-03-02T09:00:00+08:00',
      '2026-03-02',
      '2026-03',
      'light',
      'outside',
      'hotline',
      'paid',
      'x',
      '',
    ),
    fc.constantFrom(true, false, 0, 3, -1, 2.5, null),
    fc.constant(['badge']),
    fc.constant([{ number: 1, torn: false, altered: false }]),
    fc.constant({ a: 1 }),
  );
  const event = fc
    .record({
      type: fc.constantFrom(...auditEventTypes.map((t) => t.type)),
      at: fc.constantFrom('2026-03-02T09:00:00+08:00', '2026-03-02T09:00:00', 'nope'),
      fields: fc.dictionary(
        fc.constantFrom(
          'case',
          'employee',
          'department',
          'rings',
          'kind',
          'severity',
          'endedAt',
          'shiftStart',
          'valid',
          'loss',
          'rule',
          'facts',
          'pages',
          'missing',
          'colour',
        ),
        value,
        { maxKeys: 5 },
      ),
    })
    .map(({ type, at, fields }) => ({ ...fields, type, at }));

  it('property: the fast validator and eventSchema accept and reject the same events', () =>
    fc.assert(
      fc.property(event, (e) => {
        expect(checkEvent(e).ok).toBe(eventSchema.safeParse(e).success);
      }),
      { numRuns: 2000 },
    ));
});
