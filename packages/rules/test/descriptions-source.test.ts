/**
 * #15, bilingual descriptions: a rule file gives a field's description with `.meta({ description, zh })`.
 * `.describe('…')` alone would replace the English and keep the Chinese the base schema carries (`instant`,
 * `money`), which then no longer matches; src/descriptions.test.ts cannot see that, so the source is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const policies = join(import.meta.dirname, '../src/policies');

describe('rule files describe fields in both languages (#15)', () => {
  it('no rule file describes a field in English alone: `.describe()` would keep an inherited Chinese text that no longer matches', () => {
    const offenders = readdirSync(policies, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /\.describe\(/.test(readFileSync(join(policies, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
