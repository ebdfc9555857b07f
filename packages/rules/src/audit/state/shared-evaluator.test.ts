/**
 * The `evaluator` audit option (#16: a live monitor reads an organisation's log one batch after another):
 * resumed audits that share one PreparedEvaluator give the same findings, rejections and ledger as each
 * with its own; a config other than the evaluator's is an options error naming `config`.
 */
import { describe, expect, it } from 'vitest';
import { generateOffice } from '../../../../../examples/generate.mjs';
import { PreparedEvaluator } from '../../kernel/prepared.js';
import { runAudit } from '../stream.js';
import type { AuditOptions, AuditReport } from '../types.js';

const office = generateOffice();
const lines = [...office.events()].map((e) => JSON.stringify(e));
const base: AuditOptions = { asOf: '2026-05-01T00:00:00+08:00', org: office.org, maxDelay: 'P2D' };

async function inBatches(options: AuditOptions): Promise<AuditReport[]> {
  const reports: AuditReport[] = [];
  let state: unknown;
  for (let i = 0; i < lines.length; i += 800) {
    const report = await runAudit(lines.slice(i, i + 800), {
      ...options,
      checkpoint: true,
      ...(state !== undefined && { resumeFrom: state }),
    });
    state = report.state;
    reports.push(report);
  }
  return reports;
}

describe('the evaluator option (#16)', () => {
  it('batches sharing one evaluator give what batches each with their own give', async () => {
    const own = await inBatches({ ...base, config: office.config });
    const evaluator = new PreparedEvaluator({ config: office.config });
    const shared = await inBatches({ ...base, evaluator });
    expect(shared.map(({ state: _, ...r }) => r)).toEqual(own.map(({ state: _, ...r }) => r));
    expect(shared.flatMap((r) => r.findings).length).toBeGreaterThan(2000);
  });

  it('refuses a config other than the evaluator’s, and a value that is no evaluator', async () => {
    const evaluator = new PreparedEvaluator({ config: office.config });
    await expect(runAudit([], { evaluator, config: { warningShare: 0.5 } })).rejects.toMatchObject({
      code: 'invalid-options',
      issues: [{ path: ['config'] }],
    });
    await expect(runAudit([], { evaluator: {} as PreparedEvaluator })).rejects.toMatchObject({
      issues: [{ path: ['evaluator'] }],
    });
  });
});
