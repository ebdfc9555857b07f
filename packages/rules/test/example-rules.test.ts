/**
 * #18: every rule is shown at work in the example office. The committed office (examples/property-office,
 * written by examples/generate.mjs) is audited as the CLI and the README audit it, and each registered rule
 * must have at least one finding in it; a rule added without events in the generator fails here, by name.
 * It reads the committed files, so it lives under test/ (the package's src may do no I/O).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, runAudit } from '../src/index.js';

const office = join(import.meta.dirname, '../../../examples/property-office');
const read = (name: string) => readFileSync(join(office, name), 'utf8');

describe('the committed example office', () => {
  it('has a finding of every registered rule, and rejects no line', async () => {
    const lines = read('events.ndjson')
      .split('\n')
      .filter((line) => line !== '');
    const report = await runAudit(lines, {
      asOf: '2026-05-01T00:00:00+08:00',
      org: JSON.parse(read('org.json')),
      config: JSON.parse(read('config.json')),
    });
    expect(report.rejected).toEqual([]);
    const seen = new Set(report.findings.map((f) => f.result.ruleId));
    // The ids, not a count: the failure names the rules the generator gives no event for.
    const missing = rules.map((r) => r.id).filter((id) => !seen.has(id));
    expect(missing, 'rules without a finding in examples/property-office').toEqual([]);
  });
});
