/**
 * The checks every policy's inspection items share (issue #18, kernel/inspection.ts): each item's rule cites
 * the clause and the seed line the table names, the line says what the item checks (a phrase of it), a passed
 * inspection is met and a failed one breached with the item's own clause, and bad facts name their field.
 */
import { describe, expect, it } from 'vitest';
import type { RuleInfo } from '../kernel/define-rule.js';
import { seedLines } from '../seed/index.js';

/** One item as its test states it: rule id, the seed's clause, its first line, a phrase of that line. */
export type ItemRow = readonly [id: string, clause: string, line: number, phrase: string];

export function checkInspectionItems(rules: readonly RuleInfo[], rows: readonly ItemRow[]): void {
  const byId = new Map(rules.filter((r) => r.id.includes('.inspection-')).map((r) => [r.id, r]));

  it('has exactly the inspection items of the table', () => {
    expect([...byId.keys()]).toEqual(rows.map((r) => r[0]));
  });

  describe.each(rows.map((row) => [row[0], row] as const))('%s', (id, [, clause, line, phrase]) => {
    const rule = byId.get(id) as RuleInfo;
    const policy = id.slice(0, 3);

    it(`cites ${clause}, seed line ${line}, which reads “${phrase}”`, () => {
      expect(rule.clause).toBe(`${policy} ${clause}`);
      expect(rule.seedLines[0]).toBe(line);
      expect(seedLines(rule.seedLines[0], rule.seedLines[1]).join('')).toContain(phrase);
    });

    it('is met when the item passed, breached (no sanction of its own) when it failed, citing its clause', () => {
      const pass = rule.run({ passed: true, inspector: 'S-01' });
      const fail = rule.run({ passed: false, inspector: 'S-01', note: 'seen at 10:00' });
      expect(pass).toMatchObject({ ok: true, result: { status: 'met', clause: `${policy} ${clause}` } });
      expect(fail).toMatchObject({ ok: true, result: { status: 'breached', sanctions: [] } });
      if (fail.ok) {
        expect(fail.result.explanation.en).toContain('seen at 10:00');
        expect(fail.result.explanation.en.endsWith(`(${policy} ${clause})`)).toBe(true);
        expect(fail.result.explanation.zh).toContain('S-01');
      }
    });

    it('rejects an outcome that is not a boolean, naming `passed`', () => {
      const out = rule.run({ passed: 'no' });
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid-facts', issues: [{ path: ['passed'] }] } });
    });
  });
}
