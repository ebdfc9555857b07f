/**
 * Conformance with the specification: every rule id of spec/CATALOGUE.md is registered, with
 * the catalogue's kind (check / compute) and every fact name its table lists. Rule ids and fact names are
 * a public contract that outside tests use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getRule } from '../src/registry.js';

// The repository's own copy of the specification (issue #17: the repo carries itself, so a missing file
// is a failure here, never a skip).
const catalogueFile = join(import.meta.dirname, '../../../spec/CATALOGUE.md');

interface Row {
  readonly id: string;
  readonly facts: readonly string[];
}

function parseCatalogue(text: string): { rows: Row[]; computeIds: Set<string> } {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    const m = /^\| `(P\d{2}\.[a-z0-9-]+)` \|([^|]*)\|([^|]*)\|([^|]*)\|/.exec(line);
    if (!m) continue;
    const factsCell = (m[4] ?? '').replace(/\([^)]*\)/g, '');
    const facts = [...factsCell.matchAll(/`([a-zA-Z][a-zA-Z0-9]*)\??(?:\[\])?`/g)].map((f) => f[1] ?? '');
    rows.push({ id: m[1] ?? '', facts });
  }
  const computeLine = /The `compute`\s+rules are:([\s\S]*?)The rest are/.exec(text)?.[1] ?? '';
  const computeIds = new Set([...computeLine.matchAll(/(P\d{2}\.[a-z0-9-]+)/g)].map((c) => c[1] ?? ''));
  return { rows, computeIds };
}

describe('the catalogue is the contract', () => {
  const { rows, computeIds } = parseCatalogue(readFileSync(catalogueFile, 'utf8'));

  it('parses the catalogue (102 rules and 41 inspection items, #18)', () => {
    expect(rows.length).toBe(143);
    expect(computeIds.size).toBeGreaterThan(20);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s is registered with its kind and every catalogue fact', (id, row) => {
    const rule = getRule(id);
    expect(rule, `${id} is not registered`).toBeDefined();
    if (!rule) return;
    expect(rule.kind).toBe(computeIds.has(id) ? 'compute' : 'check');
    const shape = rule.facts instanceof z.ZodObject ? Object.keys(rule.facts.shape) : [];
    for (const fact of row.facts) expect(shape, `${id} lacks fact ${fact}`).toContain(fact);
  });
});
