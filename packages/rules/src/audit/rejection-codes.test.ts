/**
 * #15 "Complete Chinese", item 3: every code a rejected line or an audit warning can carry has its meaning
 * in Chinese. The lists are the ones the engine's `rejectLine`/`rejectFormat` take their codes from (typed:
 * a code outside them does not compile), so a new code without Chinese fails here; and the catch-all
 * `internal` rejection — a family that throws — is said in Chinese too.
 */
import { describe, expect, it } from 'vitest';
import { PreparedEvaluator } from '../kernel/prepared.js';
import { englishIn } from '../test-support/english-words.js';
import { runAudit } from './stream.js';
import {
  AUDIT_WARNING_CODES,
  AUDIT_WARNING_CODES_ZH,
  LINE_REJECTION_CODES,
  REJECTION_CODES_ZH,
  RULE_ERROR_ZH,
} from './vocabulary/rejection-codes.js';

/** Codes, option names and settings a sentence may name as they are. */
const NAMES = ['calendar.years', 'calendar.unknownYears', 'weekends-only', 'lenientIds', 'maxLineBytes'];

describe('every rejection code and warning code has Chinese (#15 item 3)', () => {
  const codes = [...LINE_REJECTION_CODES, ...Object.keys(RULE_ERROR_ZH)];

  for (const code of codes) {
    it(`rejection code ${code}: a Chinese sentence, no English word outside names`, () => {
      const zh = REJECTION_CODES_ZH[code as keyof typeof REJECTION_CODES_ZH];
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(zh, NAMES)).toEqual([]);
    });
  }

  for (const code of AUDIT_WARNING_CODES) {
    it(`warning code ${code}: a Chinese sentence, no English word outside names`, () => {
      expect(AUDIT_WARNING_CODES_ZH[code]).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(AUDIT_WARNING_CODES_ZH[code], NAMES)).toEqual([]);
    });
  }
});

/** An evaluator that fails as a defect would, once the audit's clock has moved (inside a line). */
class BrokenEvaluator extends PreparedEvaluator {
  override options(asOf?: string): object {
    if (asOf !== undefined) throw new Error('simulated defect');
    return super.options(asOf);
  }
}

it('reproduction: a family that throws rejects its line as internal, said in Chinese too (#15 item 3)', async () => {
  // Judged within its own line (the end of the audit judges nothing more).
  const line = JSON.stringify({ type: 'lock-up', at: '2026-11-02T09:00:00+08:00', lockedUp: true, keyReturned: true });
  const report = await runAudit([line], { evaluator: new BrokenEvaluator({}) });
  const [rejected] = report.rejected;
  expect(rejected?.code).toBe('internal');
  expect(rejected?.reason).toContain('simulated defect');
  expect(rejected?.reasonZh).toBe(REJECTION_CODES_ZH.internal);
  expect(englishIn(rejected?.reasonZh ?? '')).toEqual([]);
});
