import { describe, expect, it } from 'vitest';
import { progressText } from '../src/output/progress.js';

const stats = { bytes: 10, lines: 12_345, findings: 42, rejected: 3, elapsedMs: 2_000 };

// #15 "Complete Chinese": the audit's progress line on stderr was English under --lang zh.
describe('the audit progress line', () => {
  it('counts lines, rate, findings and rejected lines in English', () => {
    expect(progressText(stats)).toBe('12,345 lines · 6,173 lines/s · 42 findings · 3 rejected');
  });

  it('says the same in Chinese under --lang zh, with no English word', () => {
    const zh = progressText(stats, 'zh');
    expect(zh).toBe('12,345 行 · 每秒 6,173 行 · 42 项结果 · 3 行被拒');
    expect(zh).not.toMatch(/[A-Za-z]/);
  });

  it('leaves out the rejected count while nothing is rejected', () => {
    expect(progressText({ ...stats, rejected: 0 }, 'zh')).toBe('12,345 行 · 每秒 6,173 行 · 42 项结果');
  });
});
