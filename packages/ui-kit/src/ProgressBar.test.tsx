import { cleanup, render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar, progressState } from './ProgressBar.js';
import { plain } from './test-helpers.js';

afterEach(cleanup);

function frame(element: ReactElement): string {
  return plain(render(element).lastFrame());
}

describe('ProgressBar', () => {
  it('is empty at 0', () => {
    expect(frame(<ProgressBar value={0} total={10} width={10} />)).toBe('░░░░░░░░░░   0% 0/10');
  });

  it('is half full at 50%', () => {
    expect(frame(<ProgressBar value={5} total={10} width={10} label="Reading" />)).toBe('Reading █████░░░░░  50% 5/10');
  });

  it('is full at 100%', () => {
    expect(frame(<ProgressBar value={2000} total={2000} width={10} unit="lines" />)).toBe(
      '██████████ 100% 2,000/2,000 lines',
    );
  });

  it('shows a total of 0 as complete, never NaN', () => {
    const output = frame(<ProgressBar value={0} total={0} width={4} />);
    expect(output).toBe('████ 100% 0/0');
    expect(output).not.toContain('NaN');
  });

  it('clamps values outside 0..total', () => {
    expect(frame(<ProgressBar value={15} total={10} width={4} />)).toBe('████ 100% 10/10');
    expect(frame(<ProgressBar value={-3} total={10} width={4} />)).toBe('░░░░   0% 0/10');
    expect(frame(<ProgressBar value={Number.NaN} total={10} width={4} />)).toBe('░░░░   0% 0/10');
  });

  it('only reads 100% when the work is finished', () => {
    expect(frame(<ProgressBar value={999} total={1000} width={10} />)).toBe('█████████░  99% 999/1,000');
  });

  it('shows a count instead of a bar when the total is unknown', () => {
    expect(frame(<ProgressBar value={12345} unit="lines" />)).toBe('12,345 lines');
    expect(frame(<ProgressBar value={7} total={Number.POSITIVE_INFINITY} label="Scanned" />)).toBe('Scanned 7');
  });

  it('uses the default width and a sane width for bad input', () => {
    expect(frame(<ProgressBar value={0} total={1} />)).toBe(`${'░'.repeat(30)}   0% 0/1`);
    expect(frame(<ProgressBar value={1} total={1} width={Number.NaN} />)).toBe(`${'█'.repeat(30)} 100% 1/1`);
    expect(frame(<ProgressBar value={1} total={2} width={0} />)).toBe('░  50% 1/2');
  });

  it('exposes the normalised numbers', () => {
    expect(progressState(5, 10)).toEqual({ kind: 'determinate', value: 5, total: 10, percent: 50 });
    expect(progressState(5)).toEqual({ kind: 'indeterminate', value: 5 });
    expect(progressState(Number.NaN, -1)).toEqual({ kind: 'indeterminate', value: 0 });
  });
});
