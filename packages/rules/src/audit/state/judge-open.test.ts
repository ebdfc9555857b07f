/**
 * `judgeOpen: false` (#16, the live monitor's speed): an audit read in many small parts need not judge
 * every open case after each part (a pass over all of them, the cost that grew with what was open). With
 * the option it stops after the lines: the same findings decided while reading, the same state, and
 * nothing judged at the end; a zero-line resume from that state then judges exactly what one go would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { runAudit } from '../stream.js';
import type { AuditOptions } from '../types.js';

const office = generateOffice();
const lines = [...office.events()].map((e) => JSON.stringify(e));
const options: AuditOptions = {
  asOf: '2026-05-01T00:00:00+08:00',
  org: office.org,
  config: office.config,
  maxDelay: 'P2D',
  checkpoint: true,
};

describe('judgeOpen: false (#16 Speed)', () => {
  it('property: parts read without the end judgement, then judged once, equal the whole log in one go', () =>
    fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: lines.length - 1 }), { maxLength: 4 }),
        async (cuts) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), lines.length];
          let state: unknown;
          const decided = [];
          for (let i = 0; i + 1 < bounds.length; i += 1) {
            const part = await runAudit(lines.slice(bounds[i], bounds[i + 1]), {
              ...options,
              judgeOpen: false,
              ...(state !== undefined && { resumeFrom: state }),
            });
            decided.push(...part.findings);
            state = JSON.parse(JSON.stringify(part.state));
          }
          const judged = await runAudit([], { ...options, resumeFrom: state });
          const whole = await runAudit(lines, options);
          expect([...decided, ...judged.findings]).toEqual(whole.findings);
        },
      ),
      { numRuns: 3, examples: [[[]], [[1]]] },
    ));

  it('the state is the same with or without the end judgement; without it the end’s findings are left out', async () => {
    const part = lines.slice(0, Math.floor(lines.length / 2));
    const judged = await runAudit(part, options);
    const skipped = await runAudit(part, { ...options, judgeOpen: false });
    expect(skipped.state).toEqual(judged.state);
    expect(skipped.findings.length).toBeLessThan(judged.findings.length);
    expect(skipped.findings).toEqual(judged.findings.slice(0, skipped.findings.length));
  });

  it('refuses a judgeOpen that is not true or false, in the user’s words', async () => {
    await expect(runAudit([], { judgeOpen: 'no' as unknown as boolean })).rejects.toThrow(
      /judgeOpen: expected true or false/,
    );
  });
});
